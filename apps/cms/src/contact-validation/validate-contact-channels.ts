import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { phoneNumberE164, phoneNumberProblem, type PhoneKind } from './phone-number';

const CONTACT_CHANNEL = 'contact.channel';
const PHONE_KINDS = new Set<string>(['phone', 'mobile', 'whatsapp']);
const ACTIONS = new Set(['create', 'update']);

type Path = Array<string | number>;
interface Problem {
  path: Path;
  message: string;
}

interface Attribute {
  type: string;
  component?: string;
  repeatable?: boolean;
}

/** Every contact channel in the data, wherever a content type or component holds one, with its path. */
function channelProblems(strapi: Core.Strapi, uid: string, data: unknown, path: Path, depth = 0): Problem[] {
  if (!data || typeof data !== 'object' || depth > 8) return [];
  const model = strapi.getModel(uid as UID.Schema) as { attributes?: Record<string, Attribute> } | undefined;
  const problems: Problem[] = [];
  for (const [name, attribute] of Object.entries(model?.attributes ?? {})) {
    const value = (data as Record<string, unknown>)[name];
    if (value === undefined || value === null) continue;
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, index) => {
      const itemPath = Array.isArray(value) ? [...path, name, index] : [...path, name];
      if (attribute.type === 'component' && attribute.component === CONTACT_CHANNEL) {
        const channel = item as { kind?: unknown; value?: unknown; e164?: unknown };
        const kind = typeof channel.kind === 'string' ? channel.kind : 'phone';
        if (PHONE_KINDS.has(kind) && typeof channel.value === 'string' && channel.value.trim()) {
          const message = phoneNumberProblem(kind as PhoneKind, channel.value);
          if (message) problems.push({ path: [...itemPath, 'value'], message });
          // The stored form is always the CMS's, never what a request claims it is.
          else channel.e164 = phoneNumberE164(kind as PhoneKind, channel.value);
        } else if (typeof item === 'object' && item !== null && typeof channel.kind === 'string' && !PHONE_KINDS.has(kind)) {
          channel.e164 = null;
        }
      } else if (attribute.type === 'component' && attribute.component) {
        problems.push(...channelProblems(strapi, attribute.component, item, itemPath, depth + 1));
      } else if (attribute.type === 'dynamiczone') {
        const component = (item as { __component?: unknown }).__component;
        if (typeof component === 'string') problems.push(...channelProblems(strapi, component, item, itemPath, depth + 1));
      }
    });
  }
  return problems;
}

/**
 * Phone numbers staff type in a contact channel must be dialable: checked on every create and update
 * through the document service (admin, REST, seed alike), refused with a ValidationError, which the
 * admin shows on the field (400, never a saved number the portal cannot link). An accepted number
 * is stored in E.164 too (`e164`), beside the form staff typed (`value`, for display).
 */
export function registerContactValidation(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!ACTIONS.has(context.action)) return next();
    const data = (context.params as { data?: unknown } | undefined)?.data;
    const problems = channelProblems(strapi, context.uid, data, []);
    if (problems.length > 0) {
      throw new errors.ValidationError(problems[0].message, {
        errors: problems.map((problem) => ({
          path: problem.path.map(String),
          message: problem.message,
          name: 'ValidationError',
          value: null,
        })),
      });
    }
    return next();
  });
}
