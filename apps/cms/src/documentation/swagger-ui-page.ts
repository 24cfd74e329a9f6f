/**
 * The browsable documentation at /documentation: Swagger UI from the self-hosted swagger-ui-dist
 * package, reading the committed OpenAPI document. Nothing comes from another host and the page has
 * no inline script, so it runs under a `script-src 'self'` policy.
 */
export const DOCUMENT_PATH = '/api/openapi.json';
export const PAGE_PATH = '/documentation';
export const INITIALIZER = 'swagger-initializer.js';

/** The files of swagger-ui-dist the page loads; nothing else of the package is served. */
export const SWAGGER_UI_ASSETS = ['swagger-ui.css', 'swagger-ui-bundle.js', 'favicon-32x32.png'] as const;

/**
 * Strapi's security middleware loosens the policy under /documentation (inline scripts and a CDN,
 * for its documentation plugin). This page needs neither: it gets a strict policy of its own.
 */
export const PAGE_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Swagger UI sets style attributes from its scripts.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

export const PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Partner API – Portale Welfare Valle Camonica</title>
  <link rel="icon" type="image/png" href="${PAGE_PATH}/favicon-32x32.png">
  <link rel="stylesheet" href="${PAGE_PATH}/swagger-ui.css">
</head>
<body>
  <main id="swagger-ui">
    <noscript><p>This page needs JavaScript. The OpenAPI document itself is at <a href="${DOCUMENT_PATH}">${DOCUMENT_PATH}</a>.</p></noscript>
  </main>
  <script src="${PAGE_PATH}/swagger-ui-bundle.js"></script>
  <script src="${PAGE_PATH}/${INITIALIZER}"></script>
</body>
</html>
`;

// validatorUrl: null, or Swagger UI would send the document to validator.swagger.io.
export const INITIALIZER_SCRIPT = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '${DOCUMENT_PATH}',
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout'
  });
});
`;
