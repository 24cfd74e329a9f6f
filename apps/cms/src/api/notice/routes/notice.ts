import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../content-api/public-read-routes';

export default factories.createCoreRouter('api::notice.notice', publicReadRoutes);
