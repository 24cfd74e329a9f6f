import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::school-workshop.school-workshop');
