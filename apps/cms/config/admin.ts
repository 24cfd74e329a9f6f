import type { Core } from '@strapi/strapi';
import { environment } from '../src/environment/environment';
import { createPreviewHandler, portalOrigin } from '../src/preview/preview-url';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => {
  const { secrets, portalUrl } = environment();
  return {
    auth: { secret: secrets.ADMIN_JWT_SECRET },
    apiToken: { salt: secrets.API_TOKEN_SALT },
    transfer: { token: { salt: secrets.TRANSFER_TOKEN_SALT } },
    secrets: { encryptionKey: secrets.ENCRYPTION_KEY },
    serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
    flags: { nps: false, promoteEE: false },
    // "Open preview" shows the draft on the real portal, through a short-lived signed draft-mode link.
    preview: {
      enabled: true,
      config: {
        allowedOrigins: [portalOrigin(portalUrl)],
        handler: createPreviewHandler({ secret: secrets.PREVIEW_SECRET, portalUrl }),
      },
    },
  };
};

export default config;
