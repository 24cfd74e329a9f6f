import { errors } from '@strapi/utils';
import type { Core } from '@strapi/strapi';

/**
 * A filter value the database layer cannot read ("north" as a latitude, "tomorrow" as a date) is
 * the client's mistake: answer 400 with a message instead of the 500 the raw error would become.
 */

/** Plain Errors thrown by @strapi/database while turning query parameters into SQL (5.54). */
const QUERY_INPUT_ERRORS = [/^Expected a valid Number, got /, /^Operator \$\w+ must be an array$/, /^Where must be an array or an object$/];

/** PostgreSQL reports unreadable values as SQLSTATE class 22, "data exception". */
function isPostgresDataException(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('22');
}

function clientMessage(error: unknown): string | undefined {
  if (isPostgresDataException(error)) {
    return 'A query parameter has a value of the wrong type (check dates, numbers and booleans in filters).';
  }
  if (error instanceof Error && error.constructor === Error && QUERY_INPUT_ERRORS.some((pattern) => pattern.test(error.message))) {
    return `Invalid query parameter: ${error.message}`;
  }
  return undefined;
}

const databaseInputErrors: Core.MiddlewareFactory = () => async (_ctx, next) => {
  try {
    await next();
  } catch (error) {
    const message = clientMessage(error);
    if (message) throw new errors.ValidationError(message);
    throw error;
  }
};

export default databaseInputErrors;
