// Starts Swagger UI on `/docs` over the server's `/openapi.json`. A separate file rather than an inline script,
// so the page's Content-Security-Policy can forbid inline scripts.
window.SwaggerUIBundle({
  url: '/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  // The default validator badge asks validator.swagger.io about the spec: no request may leave the server.
  validatorUrl: null
})
