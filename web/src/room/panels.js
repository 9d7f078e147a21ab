// The side panels of the room page. Each feature adds its own section (participants today; versions, share
// links, ... later) through `addPanel`, so the page layout does not change when one is added.

/**
 * Adds a titled section to the sidebar and returns its body element.
 *
 * @param {HTMLElement} sidebar
 * @param {{ id: string, title: string }} panel
 */
export function addPanel (sidebar, { id, title }) {
  const section = document.createElement('section')
  section.className = 'panel'
  section.id = `panel-${id}`
  const heading = document.createElement('h2')
  heading.textContent = title
  const body = document.createElement('div')
  body.className = 'panel-body'
  section.append(heading, body)
  sidebar.append(section)
  return body
}
