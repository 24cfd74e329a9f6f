import { RichTextSchema, parseRichText, setUnknownRichTextNodeReporter } from './rich-text';
import { EventSchema } from './content';

const text = (value: string) => ({ type: 'text', text: value });
// The file the admin copies into an image block (content-manager BlocksInput, IMAGE_SCHEMA_FIELDS).
const image = {
  name: 'locandina.jpg',
  alternativeText: 'Famiglie al parco di Bienno',
  url: 'http://localhost:1337/uploads/locandina_abc.jpg',
  caption: null,
  width: 1600,
  height: 900,
  formats: {
    small: {
      name: 'small_locandina.jpg',
      hash: 'small_locandina_abc',
      ext: '.jpg',
      mime: 'image/jpeg',
      path: null,
      width: 500,
      height: 281,
      size: 20.1,
      sizeInBytes: 20100,
      url: '/uploads/small_locandina_abc.jpg',
    },
    broken: { url: 42 },
  },
  hash: 'locandina_abc',
  ext: '.jpg',
  mime: 'image/jpeg',
  size: 210.5,
  previewUrl: null,
  provider: 'local',
  provider_metadata: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('rich text parsing', () => {
  let warnings: string[];
  let previous: ReturnType<typeof setUnknownRichTextNodeReporter>;
  beforeEach(() => {
    warnings = [];
    previous = setUnknownRichTextNodeReporter((description) => warnings.push(description));
  });
  afterEach(() => setUnknownRichTextNodeReporter(previous));

  it('keeps every block and mark the Strapi 5 editor produces', () => {
    const value = parseRichText([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'a', bold: true, italic: true, underline: true, strikethrough: true, code: true },
          { type: 'link', url: 'https://example.org', children: [text('link')] },
        ],
      },
      { type: 'heading', level: 6, children: [text('h6')] },
      { type: 'quote', children: [text('quote')] },
      { type: 'code', language: 'javascript', children: [text('let a = 1;')] },
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [text('one')] },
          { type: 'list', format: 'unordered', indentLevel: 1, children: [{ type: 'list-item', children: [text('nested')] }] },
        ],
      },
      { type: 'image', image, children: [text('')] },
    ]);
    expect(value.map((block) => block.type)).toEqual(['paragraph', 'heading', 'quote', 'code', 'list', 'image']);
    expect(value[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'a', bold: true, italic: true, underline: true, strikethrough: true, code: true },
        { type: 'link', url: 'https://example.org', children: [{ type: 'text', text: 'link' }] },
      ],
    });
    expect(value[3]).toMatchObject({ type: 'code', language: 'javascript' });
    expect(value[4]).toMatchObject({ children: [{ type: 'list-item' }, { type: 'list', format: 'unordered', indentLevel: 1 }] });
    const block = value[5];
    expect(block.type === 'image' && block.image.formats).toEqual({
      small: { url: '/uploads/small_locandina_abc.jpg', width: 500, height: 281, mime: 'image/jpeg', size: 20.1 },
    });
    expect(warnings).toEqual([]);
  });

  it('drops blocks and inline nodes it does not know, reporting them, and keeps the rest', () => {
    const value = parseRichText([
      { type: 'table', rows: [] },
      { type: 'paragraph', children: [text('before '), { type: 'mention', user: 1 }, text('after')] },
      { type: 'image', image: { alternativeText: 'no url' } },
      'not a node',
    ]);
    expect(value).toEqual([{ type: 'paragraph', children: [text('before '), text('after')] }]);
    expect(warnings).toEqual(['block "table"', 'inline node "mention"', 'block "image (without a usable file)"', 'block "string"']);
  });

  it('treats a missing or malformed field as empty text and brings odd heading levels into range', () => {
    expect(RichTextSchema.parse(null)).toEqual([]);
    expect(RichTextSchema.parse('text')).toEqual([]);
    expect(parseRichText([{ type: 'heading', level: 9, children: [text('x')] }])).toEqual([
      { type: 'heading', level: 6, children: [text('x')] },
    ]);
  });

  it('lets a whole entry with an image block and an unknown block pass validation', () => {
    const event = EventSchema.parse({
      id: 1,
      documentId: 'd',
      locale: 'it',
      createdAt: '',
      updatedAt: '',
      publishedAt: null,
      title: 'T',
      slug: 't',
      summary: '',
      description: [{ type: 'image', image }, { type: 'carousel' }],
      startsAt: '',
      endsAt: null,
      audience: null,
      cost: null,
      registration: null,
      organizer: null,
    });
    expect(event.description).toHaveLength(1);
  });
});
