/**
 * Strapi 5 rich text ("blocks"), parsed leniently: every node the blocks editor produces
 * (paragraph, heading 1–6, list with nested lists and `indentLevel`, quote, code with `language`,
 * image, link, text with bold/italic/underline/strikethrough/code) is validated and kept; a node
 * of a type the portal does not know (a future editor version) or of a broken shape is dropped and
 * reported once per type, so one odd block never fails a page.
 * Shapes: @strapi/core services/entity-validator/blocks-validator and the content-manager's
 * BlocksInput (5.54).
 */
import { z } from 'zod';

// The package is built without DOM or Node types; both hosts have a console.
declare const console: { warn(message: string): void };

export interface TextNode {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
}
export interface LinkNode {
  type: 'link';
  url: string;
  children: TextNode[];
}
export type InlineNode = TextNode | LinkNode;

export interface ListItemNode {
  type: 'list-item';
  children: InlineNode[];
}
export interface ListNode {
  type: 'list';
  format: 'ordered' | 'unordered';
  /** Set by the editor on nested lists (0 or absent at the top). */
  indentLevel?: number;
  children: Array<ListItemNode | ListNode>;
}

/** One size Strapi's upload plugin made of an image (`thumbnail`, `small`, `medium`, `large`). */
export const ImageFormatSchema = z.object({
  url: z.string().min(1),
  width: z.number().positive(),
  height: z.number().positive(),
  mime: z.string().optional(),
  size: z.number().optional(),
});
export type ImageFormat = z.infer<typeof ImageFormatSchema>;

/** `formats` as Strapi stores it; a format of an unexpected shape is left out, never an error. */
export const ImageFormatsSchema = z
  .record(z.string(), z.unknown())
  .nullish()
  .transform((formats): Record<string, ImageFormat> => {
    const valid: Record<string, ImageFormat> = {};
    for (const [name, value] of Object.entries(formats ?? {})) {
      const parsed = ImageFormatSchema.safeParse(value);
      if (parsed.success) valid[name] = parsed.data;
    }
    return valid;
  });

/** The file an image block carries (a copy of the media library's entry when staff inserted it). */
export const BlockImageSchema = z.object({
  url: z.string().min(1),
  name: z.string().nullish(),
  alternativeText: z.string().nullish(),
  caption: z.string().nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
  mime: z.string().nullish(),
  size: z.number().nullish(),
  formats: ImageFormatsSchema.optional(),
});
export type BlockImage = z.infer<typeof BlockImageSchema>;

export interface ParagraphNode {
  type: 'paragraph';
  children: InlineNode[];
}
export interface HeadingNode {
  type: 'heading';
  level: 1 | 2 | 3 | 4 | 5 | 6;
  children: InlineNode[];
}
export interface QuoteNode {
  type: 'quote';
  children: InlineNode[];
}
export interface CodeNode {
  type: 'code';
  language?: string | null;
  children: InlineNode[];
}
export interface ImageNode {
  type: 'image';
  image: BlockImage;
}
export type BlockNode = ParagraphNode | HeadingNode | QuoteNode | CodeNode | ListNode | ImageNode;
export type RichText = BlockNode[];

// ---- Reporting what is dropped

type UnknownNodeReporter = (description: string) => void;
const reported = new Set<string>();
const MAX_REPORTED = 200;

/** Default: one server-side warning per unknown type (bounded), so logs show it without flooding. */
let reporter: UnknownNodeReporter = (description) => {
  if (reported.has(description) || reported.size >= MAX_REPORTED) return;
  reported.add(description);
  console.warn(`Rich text: skipped ${description} (not a block the portal knows)`);
};

/** Replaces the reporter (tests; a host that logs elsewhere). Returns the previous one. */
export function setUnknownRichTextNodeReporter(next: UnknownNodeReporter): UnknownNodeReporter {
  const previous = reporter;
  reporter = next;
  return previous;
}

function skip(kind: 'block' | 'inline node' | 'list child', node: unknown): undefined {
  const type =
    typeof node === 'object' && node !== null && 'type' in node ? String((node as { type: unknown }).type).slice(0, 40) : typeof node;
  reporter(`${kind} "${type}"`);
  return undefined;
}

// ---- Parsing

const nodeWithChildren = z.object({ type: z.string(), children: z.array(z.unknown()).optional() });
const textShape = z.object({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional().catch(undefined),
  italic: z.boolean().optional().catch(undefined),
  underline: z.boolean().optional().catch(undefined),
  strikethrough: z.boolean().optional().catch(undefined),
  code: z.boolean().optional().catch(undefined),
});
const MAX_DEPTH = 16;

function parseText(node: unknown): TextNode | undefined {
  const parsed = textShape.safeParse(node);
  if (!parsed.success) return skip('inline node', node);
  // Marks are kept only when set, so the rendered tree stays small.
  const out: TextNode = { type: 'text', text: parsed.data.text };
  for (const mark of ['bold', 'italic', 'underline', 'strikethrough', 'code'] as const) if (parsed.data[mark]) out[mark] = true;
  return out;
}

function parseInline(node: unknown): InlineNode | undefined {
  const shape = nodeWithChildren.safeParse(node);
  if (shape.success && shape.data.type === 'link') {
    const url = z.object({ url: z.string() }).safeParse(node);
    const children = compact((shape.data.children ?? []).map(parseText));
    if (!url.success) return children.length ? { type: 'text', text: children.map((c) => c.text).join('') } : undefined;
    return { type: 'link', url: url.data.url, children };
  }
  return parseText(node);
}

function parseInlines(children: unknown[] | undefined): InlineNode[] {
  return compact((children ?? []).map(parseInline));
}

function parseList(node: z.infer<typeof nodeWithChildren>, raw: unknown, depth: number): ListNode | undefined {
  const format = z
    .object({
      format: z.enum(['ordered', 'unordered']).catch('unordered'),
      indentLevel: z.number().int().min(0).optional().catch(undefined),
    })
    .parse(raw);
  const children = compact(
    (node.children ?? []).map((child): ListItemNode | ListNode | undefined => {
      const shape = nodeWithChildren.safeParse(child);
      if (!shape.success) return skip('list child', child);
      if (shape.data.type === 'list-item') return { type: 'list-item', children: parseInlines(shape.data.children) };
      if (shape.data.type === 'list' && depth < MAX_DEPTH) return parseList(shape.data, child, depth + 1);
      return skip('list child', child);
    }),
  );
  return {
    type: 'list',
    format: format.format,
    ...(format.indentLevel !== undefined ? { indentLevel: format.indentLevel } : {}),
    children,
  };
}

function parseBlock(raw: unknown): BlockNode | undefined {
  const shape = nodeWithChildren.safeParse(raw);
  if (!shape.success) return skip('block', raw);
  const node = shape.data;
  switch (node.type) {
    case 'paragraph':
    case 'quote':
      return { type: node.type, children: parseInlines(node.children) };
    case 'heading': {
      const level = z.object({ level: z.number() }).safeParse(raw);
      // A level outside 1–6 is brought into range rather than losing the heading's text.
      const value = Math.min(6, Math.max(1, Math.round(level.success ? level.data.level : 2))) as HeadingNode['level'];
      return { type: 'heading', level: value, children: parseInlines(node.children) };
    }
    case 'code': {
      const language = z.object({ language: z.string().nullish().catch(undefined) }).parse(raw).language;
      return { type: 'code', ...(language ? { language } : {}), children: parseInlines(node.children) };
    }
    case 'list':
      return parseList(node, raw, 0);
    case 'image': {
      const image = z.object({ image: BlockImageSchema }).safeParse(raw);
      return image.success ? { type: 'image', image: image.data.image } : skip('block', { type: 'image (without a usable file)' });
    }
    default:
      return skip('block', raw);
  }
}

function compact<T>(values: Array<T | undefined>): T[] {
  return values.filter((value): value is T => value !== undefined);
}

/** Known blocks kept, unknown or broken ones dropped (and reported); `null`/absent is empty. */
export function parseRichText(value: unknown): RichText {
  if (!Array.isArray(value)) return [];
  return compact(value.map(parseBlock));
}

/**
 * The schema the content schemas use for a blocks field: accepts anything an array of blocks may
 * hold and yields only the nodes the portal can render. A missing value is an empty text.
 */
export const RichTextSchema = z.unknown().transform((value): RichText => parseRichText(value));
