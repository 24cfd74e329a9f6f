/**
 * The text of an entry as segments a provider translates, and back.
 *
 * A plain field (string, text) is one segment. Rich text (Strapi blocks) is one segment per node
 * that holds inline content (paragraph, heading, list item, quote), so a provider sees whole
 * sentences; the structure (lists, nesting, heading levels, code blocks, images) never leaves the
 * CMS and is rebuilt as it was. Inside a segment:
 * - a text leaf with formatting is `<t i="n">…</t>` (its marks are taken back from leaf n),
 * - a link is `<a i="n">…</a>` (its URL is taken back from link n: the provider never sees it),
 * - what must stay untranslated (protected-text.ts), and inline code, is `<x-k i="n">…</x-k>`,
 *   restored from the original whatever the provider returns inside it,
 * - a line break inside a text is `<br/>`.
 * Providers receive it as HTML (DeepL `tag_handling=html` with `ignore_tags=x-k`, LibreTranslate
 * `format=html`); tags a provider adds are dropped, tags it drops lose only their formatting.
 */
import type { InlineNode, LinkNode, TextNode } from '@welfare/types';
import { protectedSpans } from './protected-text';

const MARKS = ['bold', 'italic', 'underline', 'strikethrough'] as const;

export interface PreparedSegment<T> {
  /** The segment as sent to the provider. */
  html: string;
  /** Characters of text in it (without markup): what a provider bills. */
  characters: number;
  decode(translated: string): T;
}

export interface SegmentOptions {
  /** Glossary terms kept as they are (null: none, or the provider applies them itself). */
  glossary: RegExp | null;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
export function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

const codePoints = (text: string) => [...text].length;

/** Text as segment markup: escaped, line breaks as <br/>, protected spans in <x-k>, their originals in `kept`. */
function encodeText(text: string, kept: string[], options: SegmentOptions): string {
  let html = '';
  let position = 0;
  const plain = (value: string) => escapeHtml(value).replace(/\r?\n/g, '<br/>');
  for (const span of protectedSpans(text, options.glossary)) {
    html += plain(text.slice(position, span.start));
    kept.push(text.slice(span.start, span.end));
    html += `<x-k i="${kept.length - 1}">${escapeHtml(text.slice(span.start, span.end))}</x-k>`;
    position = span.end;
  }
  return html + plain(text.slice(position));
}

interface Token {
  kind: 'text' | 'open' | 'close' | 'break';
  tag?: string;
  index?: number;
  text?: string;
}

const TAG = /<\s*(\/?)\s*([a-z][a-z0-9-]*)\b([^>]*)>/gi;

function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  for (const match of html.matchAll(TAG)) {
    if (match.index > position) tokens.push({ kind: 'text', text: unescapeHtml(html.slice(position, match.index)) });
    position = match.index + match[0].length;
    const tag = match[2].toLowerCase();
    const index = /\bi\s*=\s*["']?(\d+)/.exec(match[3])?.[1];
    if (tag === 'br') tokens.push({ kind: 'break' });
    else if (match[1]) tokens.push({ kind: 'close', tag });
    else {
      tokens.push({ kind: 'open', tag, index: index === undefined ? undefined : Number(index) });
      // <x-k i="0"/> written self-closing by a provider.
      if (/\/\s*$/.test(match[3])) tokens.push({ kind: 'close', tag });
    }
  }
  if (position < html.length) tokens.push({ kind: 'text', text: unescapeHtml(html.slice(position)) });
  return tokens;
}

/** A plain field (string, text) as one segment. */
export function prepareText(text: string, options: SegmentOptions): PreparedSegment<string> {
  const kept: string[] = [];
  const html = encodeText(text, kept, options);
  return {
    html,
    characters: codePoints(text),
    decode(translated) {
      let result = '';
      let skipping = 0;
      for (const token of tokenize(translated)) {
        if (token.kind === 'open' && token.tag === 'x-k') {
          skipping += 1;
          if (token.index !== undefined && kept[token.index] !== undefined) result += kept[token.index];
        } else if (token.kind === 'close' && token.tag === 'x-k') skipping = Math.max(0, skipping - 1);
        else if (skipping > 0) continue;
        else if (token.kind === 'text') result += token.text;
        else if (token.kind === 'break') result += '\n';
      }
      return result;
    },
  };
}

type Marks = Partial<Pick<TextNode, (typeof MARKS)[number] | 'code'>>;

const marksOf = (leaf: TextNode): Marks =>
  Object.fromEntries([...MARKS, 'code'].filter((mark) => leaf[mark as keyof Marks]).map((mark) => [mark, true]));
const sameMarks = (a: Marks, b: Marks) =>
  [...MARKS, 'code'].every((mark) => Boolean(a[mark as keyof Marks]) === Boolean(b[mark as keyof Marks]));

function pushText(target: InlineNode[] | TextNode[], text: string, marks: Marks): void {
  if (!text) return;
  const last = target.at(-1);
  if (last && last.type === 'text' && sameMarks(marksOf(last), marks)) last.text += text;
  else (target as InlineNode[]).push({ type: 'text', text, ...marks });
}

/** The inline children of a paragraph, heading, list item or quote as one segment. */
export function prepareInline(children: readonly InlineNode[], options: SegmentOptions): PreparedSegment<InlineNode[]> {
  const kept: string[] = [];
  const leaves: TextNode[] = [];
  const links: LinkNode[] = [];
  let characters = 0;

  const leafHtml = (leaf: TextNode): string => {
    const text = typeof leaf.text === 'string' ? leaf.text : '';
    characters += codePoints(text);
    const marks = marksOf(leaf);
    if (marks.code) {
      // Inline code is never translated.
      kept.push(text);
      leaves.push(leaf);
      return `<t i="${leaves.length - 1}"><x-k i="${kept.length - 1}">${escapeHtml(text)}</x-k></t>`;
    }
    const inner = encodeText(text, kept, options);
    if (Object.keys(marks).length === 0) return inner;
    leaves.push(leaf);
    return `<t i="${leaves.length - 1}">${inner}</t>`;
  };

  let html = '';
  for (const child of children) {
    if (child.type === 'link') {
      links.push(child);
      html += `<a i="${links.length - 1}">${(child.children ?? []).map(leafHtml).join('')}</a>`;
    } else if (child.type === 'text') html += leafHtml(child);
  }

  return {
    html,
    characters,
    decode(translated) {
      const result: InlineNode[] = [];
      let link: LinkNode | null = null;
      const markStack: Marks[] = [];
      let skipping = 0;
      const emit = (text: string) => pushText(link ? link.children : result, text, markStack.at(-1) ?? {});
      for (const token of tokenize(translated)) {
        if (token.kind === 'open' && token.tag === 'x-k') {
          if (skipping === 0 && token.index !== undefined && kept[token.index] !== undefined) emit(kept[token.index]);
          skipping += 1;
        } else if (token.kind === 'close' && token.tag === 'x-k') skipping = Math.max(0, skipping - 1);
        else if (skipping > 0) continue;
        else if (token.kind === 'text') emit(token.text ?? '');
        else if (token.kind === 'break') emit('\n');
        else if (token.kind === 'open' && token.tag === 't') {
          const leaf = token.index === undefined ? undefined : leaves[token.index];
          markStack.push(leaf ? marksOf(leaf) : (markStack.at(-1) ?? {}));
        } else if (token.kind === 'close' && token.tag === 't') markStack.pop();
        else if (token.kind === 'open' && token.tag === 'a' && !link) {
          const source = token.index === undefined ? undefined : links[token.index];
          if (source) {
            link = { type: 'link', url: source.url, children: [] };
            result.push(link);
          }
        } else if (token.kind === 'close' && token.tag === 'a' && link) {
          if (link.children.length === 0) link.children.push({ type: 'text', text: '' });
          link = null;
        }
      }
      if (link && link.children.length === 0) link.children.push({ type: 'text', text: '' });
      // The editor needs at least one text leaf in a block.
      if (result.length === 0) result.push({ type: 'text', text: '' });
      return result;
    },
  };
}

interface BlockNode {
  type?: unknown;
  children?: unknown;
  [key: string]: unknown;
}

const isInline = (node: unknown): node is InlineNode => {
  const type = (node as BlockNode | null)?.type;
  return type === 'text' || type === 'link';
};

/** Nodes whose children are inline and are translated: every one but code blocks and images. */
const UNTRANSLATED_BLOCKS = new Set(['code', 'image']);

/**
 * Rich text as segments: `segments` in document order, and `rebuild` that makes the same block
 * structure from their translations. A node of an unknown shape is copied as it is.
 */
export function prepareBlocks(
  blocks: unknown,
  options: SegmentOptions,
): { segments: PreparedSegment<InlineNode[]>[]; rebuild(translated: string[]): unknown } {
  const segments: PreparedSegment<InlineNode[]>[] = [];
  type Plan = (translations: string[]) => unknown;

  const plan = (node: unknown): Plan => {
    if (Array.isArray(node)) {
      const parts = node.map(plan);
      return (translations) => parts.map((part) => part(translations));
    }
    const block = node as BlockNode | null;
    if (!block || typeof block !== 'object' || !Array.isArray(block.children) || UNTRANSLATED_BLOCKS.has(String(block.type))) {
      return () => structuredClone(node);
    }
    const children = block.children as unknown[];
    if (children.length > 0 && children.every(isInline)) {
      const segment = prepareInline(children as InlineNode[], options);
      if (segment.characters === 0 || /^\s*$/.test(segment.html)) return () => structuredClone(node);
      const position = segments.push(segment) - 1;
      return (translations) => ({ ...structuredClone(block), children: segment.decode(translations[position]) });
    }
    const parts = children.map(plan);
    return (translations) => ({ ...structuredClone(block), children: parts.map((part) => part(translations)) });
  };

  const build = plan(blocks);
  return { segments, rebuild: build };
}
