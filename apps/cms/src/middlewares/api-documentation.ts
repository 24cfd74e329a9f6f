import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import {
  DOCUMENT_PATH,
  INITIALIZER,
  INITIALIZER_SCRIPT,
  PAGE_CONTENT_SECURITY_POLICY,
  PAGE_HTML,
  PAGE_PATH,
  SWAGGER_UI_ASSETS,
} from '../documentation/swagger-ui-page';

/**
 * Serves the partner API's documentation: the committed OpenAPI document (apps/cms/openapi.json,
 * made by `npm run openapi`) at /api/openapi.json, and Swagger UI at /documentation.
 * Answered here, before the router: none of it is content, so no rate limit or permission applies.
 */
const apiDocumentation: Core.MiddlewareFactory = (_config, { strapi }) => {
  const documentFile = path.join(strapi.dirs.app.root, 'openapi.json');
  const swaggerUiDir = path.dirname(require.resolve('swagger-ui-dist/package.json'));
  const assets = new Map<string, string>(SWAGGER_UI_ASSETS.map((name) => [`${PAGE_PATH}/${name}`, path.join(swaggerUiDir, name)]));

  return async (ctx, next) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();

    if (ctx.path === DOCUMENT_PATH) {
      if (!fs.existsSync(documentFile)) return next();
      ctx.set('Cache-Control', 'no-cache');
      ctx.type = 'application/json';
      ctx.body = fs.createReadStream(documentFile);
      return;
    }
    if (ctx.path === PAGE_PATH || ctx.path === `${PAGE_PATH}/`) {
      ctx.set('Content-Security-Policy', PAGE_CONTENT_SECURITY_POLICY);
      ctx.set('Cache-Control', 'no-cache');
      ctx.type = 'text/html; charset=utf-8';
      ctx.body = PAGE_HTML;
      return;
    }
    if (ctx.path === `${PAGE_PATH}/${INITIALIZER}`) {
      ctx.type = 'application/javascript; charset=utf-8';
      ctx.body = INITIALIZER_SCRIPT;
      return;
    }
    const asset = assets.get(ctx.path);
    if (asset) {
      ctx.set('Cache-Control', 'public, max-age=86400');
      ctx.type = path.extname(asset);
      ctx.body = fs.createReadStream(asset);
      return;
    }
    return next();
  };
};

export default apiDocumentation;
