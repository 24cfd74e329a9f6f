import type { Core } from '@strapi/strapi';
import { secret } from '../src/environment/secrets';
import { createPreviewHandler, portalOrigin } from '../src/preview/preview-url';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: { secret: secret('ADMIN_JWT_SECRET') },
  apiToken: { salt: secret('API_TOKEN_SALT') },
  transfer: { token: { salt: secret('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: secret('ENCRYPTION_KEY') },
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
  flags: { nps: false, promoteEE: false },
  // "Open preview" shows the draft on the real portal, through its secret-protected draft-mode route.
  preview: {
    enabled: true,
    config: {
      allowedOrigins: [portalOrigin()],
      handler: createPreviewHandler({ secret: secret('PREVIEW_SECRET') }),
    },
  },
});

export default config;
