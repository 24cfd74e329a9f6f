import type { BlockNode, ListItemNode, RichText } from './rich-text';

/**
 * Plain text as Strapi "blocks": paragraphs separated by a blank line, list items on lines starting
 * with "- ". The demo content's rich text is written so; the CMS's seed and the tests that build
 * what the CMS answers from it both convert it here.
 */
export function plainTextToBlocks(text: string): RichText {
  return text
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk): BlockNode => {
      const lines = chunk.split('\n').map((line) => line.trim());
      if (lines.every((line) => line.startsWith('- '))) {
        const items: ListItemNode[] = lines.map((line) => ({ type: 'list-item', children: [{ type: 'text', text: line.slice(2) }] }));
        return { type: 'list', format: 'unordered', children: items };
      }
      return { type: 'paragraph', children: [{ type: 'text', text: lines.join(' ') }] };
    });
}
