import type { Core } from '@strapi/strapi';
import { answerAfterNotices } from '../portal-notification/hold-answer';

/** A change answers once the portal knows of it (src/portal-notification/hold-answer.ts). */
const answerAfterNoticesMiddleware: Core.MiddlewareFactory = () => async (_ctx, next) => answerAfterNotices(next);

export default answerAfterNoticesMiddleware;
