import { errors } from '@strapi/utils';
import type { Core } from '@strapi/strapi';

/**
 * A query value the database cannot read (a date filter of "tomorrow", a number out of range)
 * is the client's mistake: answer 400 with a message, not the 500 the database error would become.
 * PostgreSQL reports these as SQLSTATE class 22, "data exception".
 */
function isDataException(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('22');
}

const databaseInputErrors: Core.MiddlewareFactory = () => async (ctx, next) => {
  try {
    await next();
  } catch (error) {
    if (isDataException(error)) {
      throw new errors.ValidationError('A query parameter has a value of the wrong type (check dates, numbers and booleans in filters).');
    }
    throw error;
  }
};

export default databaseInputErrors;
