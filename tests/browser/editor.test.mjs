#!/usr/bin/env node
// The browser editor in a real Chromium, as two people pair-programming would use it (issue #15).
//
//   node tests/browser/editor.test.mjs http://127.0.0.1:PORT [ARTIFACT_DIR]
//
// Run by tests/tests/browser.rs, which starts pairprog and restarts it on request: this script writes
// {"event":"restart"} on stdout and waits for a line `restarted` on stdin. Everything else it says goes to
// stderr. Exit code 0 when every step passed.
//
// Chromium is Debian's (/usr/bin/chromium, or $CHROMIUM), driven by playwright-core from web/node_modules:
// nothing downloads a browser. Every request and WebSocket of every page is checked: one to a host other than
// the server's fails the test.

import { mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createInterface } from 'node:readline'
import { join } from 'node:path'

const require = createRequire(new URL('../../web/package.json', import.meta.url))
const { chromium } = require('playwright-core')
const WebSocket = require('ws')

const baseUrl = process.argv[2]
const artifacts = process.argv[3] ?? 'target/test-artifacts'
if (!baseUrl) {
  process.stderr.write('usage: editor.test.mjs http://127.0.0.1:PORT [ARTIFACT_DIR]\n')
  process.exit(2)
}
mkdirSync(artifacts, { recursive: true })
const serverHost = new URL(baseUrl).host
const started = Date.now()
const log = (message) => process.stderr.write(`[browser ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`)

/** Requests that left the server, and pages' errors (script errors, CSP refusals): each fails the test. */
const offences = []

// The handshake with the Rust test: this script asks for `stop` or `start` on stdout; the harness answers
// `stopped` or `started` on stdin once the server is down or listening again (same port, same SQLite file).
const stdinLines = createInterface({ input: process.stdin })[Symbol.asyncIterator]()
async function harness (event) {
  process.stdout.write(JSON.stringify({ event }) + '\n')
  const { value, done } = await stdinLines.next()
  const expected = event === 'stop' ? 'stopped' : 'started'
  if (done || value.trim() !== expected) throw new Error(`the test harness did not ${event} the server (${value})`)
}

function check (condition, message) {
  if (!condition) throw new Error(message)
}

/** A browser context that refuses, and records, any request to another host. */
async function guardedContext (browser, name) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 640 } })
  context.setDefaultTimeout(10_000)
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (url.host === serverHost || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue()
    offences.push(`${name}: request to ${url.href}`)
    return route.abort()
  })
  context.on('page', (page) => watchPage(page, name))
  return context
}

function watchPage (page, name) {
  page.on('websocket', (socket) => {
    if (new URL(socket.url()).host !== serverHost) offences.push(`${name}: WebSocket to ${socket.url()}`)
  })
  page.on('pageerror', (error) => offences.push(`${name}: page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) {
      offences.push(`${name}: ${message.text()}`)
    }
  })
}

/** The room pages, named, for the diagnosis printed when a step fails. */
const roomPages = []

/** What each room page knows: connection, text, awareness states, the remote carets drawn. */
async function diagnose () {
  for (const [name, page] of roomPages) {
    const state = await page.evaluate(() => window.pairprog && ({
      connection: document.body.dataset.connection,
      text: window.pairprog.view.state.doc.toString(),
      self: window.pairprog.provider.awareness.clientID,
      awareness: [...window.pairprog.provider.awareness.getStates()].map(([id, value]) => [id, value.user, !!value.cursor]),
      carets: [...document.querySelectorAll('.cm-ySelectionInfo')].map((caret) => caret.textContent)
    })).catch((error) => `unavailable: ${error.message}`)
    log(`${name}: ${JSON.stringify(state)}`)
  }
}

const textOf = (page) => page.evaluate(() => window.pairprog.view.state.doc.toString())

async function waitForText (page, predicate, what) {
  const deadline = Date.now() + 10_000
  let text = ''
  while (Date.now() < deadline) {
    text = await textOf(page)
    if (predicate(text)) return text
    await page.waitForTimeout(50)
  }
  throw new Error(`timed out waiting for ${what}; the editor holds ${JSON.stringify(text)}`)
}

const waitForState = (page, state) =>
  page.waitForSelector(`body[data-connection="${state}"]`, { timeout: 15_000 })

async function setName (page, name) {
  await page.fill('#user-name', name)
  await page.press('#user-name', 'Enter')
}

/** Types at the end of the document. */
async function typeAtEnd (page, text) {
  await page.click('.cm-content')
  await page.keyboard.press('Control+End')
  await page.keyboard.type(text)
}

async function main () {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    // Playwright gives each launch a fresh, temporary --user-data-dir.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync']
  })
  try {
    // Two separate contexts: nothing syncs between them but the server (no shared storage, no BroadcastChannel).
    const aliceContext = await guardedContext(browser, 'alice')
    const bobContext = await guardedContext(browser, 'bob')
    const alice = await aliceContext.newPage()
    const bob = await bobContext.newPage()
    roomPages.push(['alice', alice], ['bob', bob])

    log('landing page: create a room')
    await alice.goto(baseUrl + '/')
    await alice.click('#create-room')
    await alice.waitForURL(/\/r\/[a-z0-9]{8}$/, { timeout: 10_000 })
    const roomUrl = alice.url()
    const roomId = roomUrl.slice(roomUrl.lastIndexOf('/') + 1)
    await waitForState(alice, 'connected')
    const firstPaint = await alice.evaluate(() =>
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1)
    log(`room ${roomId}, first contentful paint ${Math.round(firstPaint)} ms`)
    check(firstPaint >= 0 && firstPaint < 1000, `first paint took ${firstPaint} ms (budget 1000 ms)`)

    log('the second person joins by id from the landing page')
    await bob.goto(baseUrl + '/')
    await bob.fill('#join-room-id', roomId)
    await bob.press('#join-room-id', 'Enter')
    await bob.waitForURL(roomUrl)
    await waitForState(bob, 'connected')
    await setName(alice, 'Alice')
    await setName(bob, 'Bob')

    log('typing in one tab appears in the other')
    await typeAtEnd(alice, 'print("hello from Alice")')
    await waitForText(bob, (text) => text.includes('hello from Alice'), "Alice's text in Bob's tab")
    await bob.waitForSelector('.cm-content >> text=hello from Alice')
    await typeAtEnd(bob, '\n# Bob was here')
    const shared = await waitForText(alice, (text) => text.includes('# Bob was here'), "Bob's text in Alice's tab")
    check(shared === await textOf(bob), 'the two tabs hold different text')

    log("each sees the other's named cursor and the participant list")
    await alice.waitForSelector('.cm-ySelectionInfo >> text=Bob', { state: 'attached', timeout: 10_000 })
    await bob.waitForSelector('.cm-ySelectionInfo >> text=Alice', { state: 'attached', timeout: 10_000 })
    await alice.waitForSelector('#participants >> text=Bob')
    await alice.waitForSelector('#participants >> text=Alice (you)')
    await bob.waitForSelector('#participants >> text=Alice')

    log('the language is a room setting')
    await alice.selectOption('#language', 'rust')
    await bob.waitForSelector('body[data-language="rust"]')
    check(await bob.inputValue('#language') === 'rust', "Bob's selector did not follow Alice's language")
    await bob.selectOption('#language', 'python')
    await alice.waitForSelector('body[data-language="python"]')

    log("a JSON client's edit appears in the page")
    const json = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/ws/${roomId}`)
    const initial = await new Promise((resolve, reject) => {
      json.once('message', (data) => resolve(JSON.parse(String(data))))
      json.once('error', reject)
    })
    check(initial.type === 'initial_state', `the JSON client got ${JSON.stringify(initial)}`)
    json.send(JSON.stringify({ type: 'code_update', code: initial.code + '\n# from the JSON client 🎉\n', timestamp: Date.now() }))
    await waitForText(alice, (text) => text.includes('# from the JSON client 🎉'), "the JSON client's edit in Alice's tab")
    await waitForText(bob, (text) => text.includes('# from the JSON client 🎉'), "the JSON client's edit in Bob's tab")
    await alice.waitForSelector('#participants >> text=JSON client')
    json.close()

    log('autocomplete offers the completion for a Python snippet')
    await alice.click('.cm-content')
    await alice.keyboard.press('Control+End')
    // An emoji before the cursor: CodeMirror counts it as two positions, the API as one.
    await alice.keyboard.type('\n# 🎉\ndef calculate_sum(a, b):\n')
    await alice.keyboard.press('Home')
    await alice.keyboard.press('Shift+End')
    await alice.keyboard.type('    return ')
    const option = alice.locator('.cm-tooltip-autocomplete li', { hasText: 'a + b' })
    await option.first().waitFor({ timeout: 10_000 })
    check(await alice.locator('.cm-tooltip-autocomplete li >> text=expression').count() > 0,
      'the suggestion list does not show the kinds')
    await alice.screenshot({ path: join(artifacts, 'editor-autocomplete.png') })
    // Clicked rather than Enter: a list still refreshing from the last keystroke may not take Enter yet.
    await option.first().click()
    await waitForText(bob, (text) => text.includes('    return a + b'), 'the accepted completion in Bob\'s tab')

    await alice.screenshot({ path: join(artifacts, 'editor-alice.png') })
    await bob.screenshot({ path: join(artifacts, 'editor-bob.png') })

    log('the page survives a server restart without losing text, edits made while it is down included')
    await typeAtEnd(alice, '\n# before the restart')
    await waitForText(bob, (text) => text.includes('# before the restart'), 'the last edit before the restart')
    await harness('stop')
    await alice.waitForSelector('body[data-connection="reconnecting"], body[data-connection="offline"]', { timeout: 10_000 })
    await typeAtEnd(alice, '\n# typed while offline')
    await waitForState(alice, 'offline')
    await alice.screenshot({ path: join(artifacts, 'editor-alice-offline.png') })
    await harness('start')
    await Promise.all([waitForState(alice, 'connected'), waitForState(bob, 'connected')])
    // Both reconnected: each sees the other again, without anyone moving a cursor.
    await alice.waitForSelector('#participants >> text=Bob')
    await bob.waitForSelector('#participants >> text=Alice')
    await waitForText(bob, (text) => text.includes('# typed while offline'), "the offline edit in Bob's tab")
    await typeAtEnd(bob, '\n# after the restart')
    const final = await waitForText(alice, (text) => text.includes('# after the restart'), 'an edit after the restart')
    const markers = ['hello from Alice', '# Bob was here', '# from the JSON client 🎉', 'return a + b',
      '# before the restart', '# typed while offline']
    for (const marker of markers) {
      check(final.includes(marker), `the text lost ${JSON.stringify(marker)} in the restart: ${JSON.stringify(final)}`)
    }
    await waitForText(bob, (text) => text === final, 'the same text in both tabs')
    const stored = await waitForStored(roomId, final)
    check(stored === final, `GET /rooms/${roomId} holds ${JSON.stringify(stored)}, the tabs ${JSON.stringify(final)}`)
    await alice.screenshot({ path: join(artifacts, 'editor-alice-after-restart.png') })
    await bob.screenshot({ path: join(artifacts, 'editor-bob-after-restart.png') })

    log("a tab whose own link drops (a flaky network) sees its peer again at once, however often it drops")
    // Bob stays put: nothing he sends would reveal him, only the room's presence the server hands a new
    // connection. Under 5 s each time, well before his 15 s renewal.
    for (let drop = 1; drop <= 2; drop++) {
      await alice.evaluate(() => new Promise((resolve) => {
        const provider = window.pairprog.provider
        const onSync = (synced) => {
          if (synced) {
            provider.off('sync', onSync)
            resolve()
          }
        }
        const onStatus = ({ status }) => {
          if (status === 'disconnected') {
            provider.off('status', onStatus)
            provider.on('sync', onSync)
          }
        }
        provider.on('status', onStatus)
        provider.ws.close()
      }))
      await alice.waitForSelector('#participants >> text=Bob', { timeout: 5000 })
    }

    log('an unknown room is a not-found page')
    const missing = await bob.goto(`${baseUrl}/r/zzzzzzzz`)
    check(missing.status() === 404, `/r/zzzzzzzz answered ${missing.status()}`)
    await bob.waitForSelector('h1 >> text=Room not found')

    log('/docs and /redoc render from the server alone')
    const docs = await aliceContext.newPage()
    await docs.goto(`${baseUrl}/docs`)
    await docs.waitForSelector('.swagger-ui .info .title >> text=pairprog', { timeout: 15_000 })
    await docs.waitForSelector('text=/autocomplete')
    await docs.screenshot({ path: join(artifacts, 'docs-swagger.png') })
    await docs.goto(`${baseUrl}/redoc`)
    await docs.waitForSelector('h1 >> text=pairprog', { timeout: 15_000 })
    await docs.screenshot({ path: join(artifacts, 'docs-redoc.png') })

    check(offences.length === 0, `the pages misbehaved:\n  ${offences.join('\n  ')}`)
    log('all steps passed')
  } catch (error) {
    await diagnose()
    throw error
  } finally {
    await browser.close()
  }
}

/** The room's code as `GET /rooms/{id}` answers it, once it equals `expected` (or after 5 s). */
async function waitForStored (roomId, expected) {
  const deadline = Date.now() + 5000
  let code
  do {
    code = (await (await fetch(`${baseUrl}/rooms/${roomId}`)).json()).code
    if (code === expected) break
    await new Promise((resolve) => setTimeout(resolve, 50))
  } while (Date.now() < deadline)
  return code
}

main().then(() => process.exit(offences.length === 0 ? 0 : 1), (error) => {
  log(`FAILED: ${error.stack ?? error}`)
  if (offences.length) log(`also:\n  ${offences.join('\n  ')}`)
  process.exit(1)
})
