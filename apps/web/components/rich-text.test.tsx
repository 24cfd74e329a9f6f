/**
 * @jest-environment jsdom
 */
import '@testing-library/jest-dom';
import { render, screen, within } from '@testing-library/react';
import type { RichText as RichTextValue } from '@welfare/types';
import { RichText, isSafeHref } from './rich-text';

const text = (value: string, marks: { bold?: boolean; italic?: boolean } = {}) => ({ type: 'text' as const, text: value, ...marks });
const link = (url: string, label: string) => ({ type: 'link' as const, url, children: [text(label)] });

describe('RichText', () => {
  it('renders paragraphs with bold and italic text', () => {
    render(
      <RichText
        dir="ltr"
        value={[
          {
            type: 'paragraph',
            children: [text('Il servizio è '), text('gratuito', { bold: true }), text(' e '), text('riservato', { italic: true })],
          },
        ]}
      />,
    );
    const paragraph = screen.getByText(/Il servizio è/);
    expect(paragraph.tagName).toBe('P');
    expect(paragraph).toHaveTextContent('Il servizio è gratuito e riservato');
    expect(within(paragraph).getByText('gratuito').tagName).toBe('STRONG');
    expect(within(paragraph).getByText('riservato').tagName).toBe('EM');
  });

  it('renders CMS headings one level below the page’s own, never deeper than h6', () => {
    const value: RichTextValue = [
      { type: 'heading', level: 2, children: [text('Cosa serve')] },
      { type: 'heading', level: 6, children: [text('Nota')] },
    ];
    render(<RichText dir="ltr" value={value} />);
    expect(screen.getByRole('heading', { name: 'Cosa serve', level: 3 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Nota', level: 6 })).toBeInTheDocument();
  });

  it('shifts headings by the offset it is given', () => {
    render(<RichText dir="ltr" value={[{ type: 'heading', level: 1, children: [text('Iscrizione')] }]} headingOffset={2} />);
    expect(screen.getByRole('heading', { name: 'Iscrizione', level: 3 })).toBeInTheDocument();
  });

  it('renders ordered, unordered and nested lists', () => {
    const value: RichTextValue = [
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [text('Telefonate al servizio')] },
          { type: 'list-item', children: [text('Portate i documenti')] },
          { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('Permesso di soggiorno')] }] },
        ],
      },
    ];
    const { container } = render(<RichText dir="ltr" value={value} />);
    const [ordered, nested] = screen.getAllByRole('list');
    expect(ordered.tagName).toBe('OL');
    expect(within(ordered).getAllByRole('listitem')[0]).toHaveTextContent('Telefonate al servizio');
    expect(nested.tagName).toBe('UL');
    expect(within(nested).getByRole('listitem')).toHaveTextContent('Permesso di soggiorno');
    // The nested list sits inside the item before it, as HTML wants.
    expect(container.querySelectorAll('ol > li')).toHaveLength(2);
    expect(container.querySelector('ol > li:nth-child(2) > ul')).toHaveTextContent('Permesso di soggiorno');
  });

  it('keeps http(s), mailto and tel links', () => {
    const value: RichTextValue = [
      {
        type: 'paragraph',
        children: [
          link('https://www.aslvallecamonica.it', 'ASST'),
          link('http://example.org/bando', 'Bando'),
          link('mailto:mediazione@example.it', 'Scriveteci'),
          link(' tel:+39036422693', 'Chiamateci'),
        ],
      },
    ];
    render(<RichText dir="ltr" value={value} />);
    expect(screen.getByRole('link', { name: 'ASST' })).toHaveAttribute('href', 'https://www.aslvallecamonica.it');
    expect(screen.getByRole('link', { name: 'Bando' })).toHaveAttribute('href', 'http://example.org/bando');
    expect(screen.getByRole('link', { name: 'Scriveteci' })).toHaveAttribute('href', 'mailto:mediazione@example.it');
    expect(screen.getByRole('link', { name: 'Chiamateci' })).toHaveAttribute('href', 'tel:+39036422693');
  });

  it.each([
    ['javascript:alert(document.cookie)'],
    ['JavaScript:alert(1)'],
    ['  javascript:alert(1)'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['vbscript:msgbox(1)'],
    ['//evil.example/x'],
    // Issue #11 item 14: a backslash after the slash is read by browsers as "//evil.example".
    ['/\\evil.example'],
    ['\\\\evil.example'],
    ['https:evil.example'],
    ['java\tscript:alert(1)'],
    ['https://a.it/\u0000x'],
    ['ftp://files.example/x'],
  ])('shows a link to %s as plain text', (url) => {
    const { container } = render(<RichText dir="ltr" value={[{ type: 'paragraph', children: [text('Vedi '), link(url, 'il modulo')] }]} />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(container.querySelector('a')).toBeNull();
    expect(screen.getByText(/Vedi/)).toHaveTextContent('Vedi il modulo');
  });

  it('renders every mark the editor offers', () => {
    const { container } = render(
      <RichText
        dir="ltr"
        value={[
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'tutto', bold: true, italic: true, underline: true, strikethrough: true, code: true },
              text('riga 1\nriga 2'),
            ],
          },
        ]}
      />,
    );
    const paragraph = container.querySelector('p');
    expect(paragraph?.querySelector('s > u > em > strong > code')).toHaveTextContent('tutto');
    expect(paragraph?.querySelectorAll('br')).toHaveLength(1);
  });

  it('renders an image block responsively from Strapi’s formats, with its alt text', () => {
    const image = {
      url: 'http://localhost:1337/uploads/famiglie_abc.jpg',
      name: 'famiglie.jpg',
      alternativeText: 'Famiglie al parco',
      caption: 'Bienno, giugno',
      width: 1600,
      height: 900,
      formats: {
        small: { url: '/uploads/small_famiglie_abc.jpg', width: 500, height: 281 },
        medium: { url: '/uploads/medium_famiglie_abc.jpg', width: 750, height: 422 },
        thumbnail: { url: '/uploads/thumbnail_famiglie_abc.jpg', width: 245, height: 138 },
      },
    };
    render(<RichText dir="ltr" value={[{ type: 'image', image }]} />);
    const img = screen.getByRole('img', { name: 'Famiglie al parco' });
    expect(img).toHaveAttribute('src', '/uploads/medium_famiglie_abc.jpg');
    expect(img).toHaveAttribute(
      'srcset',
      '/uploads/thumbnail_famiglie_abc.jpg 245w, /uploads/small_famiglie_abc.jpg 500w, /uploads/medium_famiglie_abc.jpg 750w, /uploads/famiglie_abc.jpg 1600w',
    );
    expect(img).toHaveAttribute('sizes');
    expect(img).toHaveAttribute('width', '1600');
    expect(img).toHaveAttribute('height', '900');
    expect(img).toHaveAttribute('loading', 'lazy');
    expect(img.closest('figure')?.querySelector('figcaption')).toHaveTextContent('Bienno, giugno');
  });

  it('leaves out a smaller size that weighs more than a larger one (Strapi re-encodes flat PNGs heavier)', () => {
    const image = {
      url: '/uploads/poster_abc.png',
      name: 'poster.png',
      alternativeText: 'Locandina',
      width: 600,
      height: 850,
      size: 16.5,
      formats: {
        thumbnail: { url: '/uploads/thumbnail_poster_abc.png', width: 110, height: 156, size: 9.1 },
        small: { url: '/uploads/small_poster_abc.png', width: 353, height: 500, size: 59.4 },
        medium: { url: '/uploads/medium_poster_abc.png', width: 529, height: 750, size: 101 },
      },
    };
    render(<RichText dir="ltr" value={[{ type: 'image', image }]} />);
    expect(screen.getByRole('img', { name: 'Locandina' })).toHaveAttribute(
      'srcset',
      '/uploads/thumbnail_poster_abc.png 110w, /uploads/poster_abc.png 600w',
    );
  });

  it('gives an image without alt text (or with only its file name, as the editor fills it) an empty alt', () => {
    const { container } = render(
      <RichText
        dir="ltr"
        value={[
          {
            type: 'image',
            image: {
              url: '/uploads/a.png',
              name: 'IMG_2041.png',
              alternativeText: 'IMG_2041.png',
              caption: 'IMG_2041.png',
              width: 10,
              height: 10,
            },
          },
          { type: 'image', image: { url: '/uploads/b.png', name: 'b.png', alternativeText: null, width: 10, height: 10 } },
        ]}
      />,
    );
    const images = container.querySelectorAll('img');
    expect([...images].map((img) => img.getAttribute('alt'))).toEqual(['', '']);
    expect(container.querySelector('figcaption')).toBeNull();
  });

  it('leaves out an image whose address is on another host', () => {
    const { container } = render(
      <RichText dir="ltr" value={[{ type: 'image', image: { url: 'https://tracker.example/pixel.gif', width: 1, height: 1 } }]} />,
    );
    expect(container.querySelector('img')).toBeNull();
  });

  it('renders quotes and code blocks', () => {
    const { container } = render(
      <RichText
        dir="ltr"
        value={[
          { type: 'quote', children: [text('Conoscersi per convivere')] },
          { type: 'code', children: [text('0364 22693')] },
        ]}
      />,
    );
    expect(container.querySelector('blockquote')).toHaveTextContent('Conoscersi per convivere');
    expect(container.querySelector('pre')).toHaveTextContent('0364 22693');
  });

  it('renders text as text, never as HTML', () => {
    const { container } = render(<RichText dir="ltr" value={[{ type: 'paragraph', children: [text('<img src=x onerror=alert(1)>')] }]} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container).toHaveTextContent('<img src=x onerror=alert(1)>');
  });

  it('renders nothing for empty or missing content', () => {
    expect(render(<RichText dir="ltr" value={null} />).container).toBeEmptyDOMElement();
    expect(render(<RichText dir="ltr" value={[]} />).container).toBeEmptyDOMElement();
  });
});

describe('isSafeHref', () => {
  it('accepts only http(s), mailto, tel and the portal’s own pages', () => {
    expect(['https://a.it', 'HTTP://a.it', 'mailto:a@b.it', 'tel:112', '/it/services'].map(isSafeHref)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['javascript:void(0)', 'data:,x', 'ftp://a.it', '//evil.example/x', ''].map(isSafeHref)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  describe('bidirectional isolation (staff need do nothing)', () => {
    it('isolates a Latin name inside Arabic text, across bold and a link, without changing the text', () => {
      const { container } = render(
        <RichText
          dir="rtl"
          value={[
            {
              type: 'paragraph',
              children: [
                text('توجهوا إلى '),
                text('Ospedale di ', { bold: true }),
                text('Esine', { bold: true }),
                text(' (قسم الطوارئ). اتصلوا على '),
                link('tel:+390364369111', '0364 369111'),
                text('.'),
              ],
            },
          ]}
        />,
      );
      const runs = [...container.querySelectorAll('bdi')];
      expect(runs.map((run) => [run.getAttribute('dir'), run.textContent])).toEqual([
        ['ltr', 'Ospedale di Esine'],
        ['ltr', '0364 369111'],
      ]);
      // One <strong> per formatted piece, inside the isolate; the link keeps its address.
      expect(runs[0].querySelectorAll('strong')).toHaveLength(2);
      expect(runs[1].querySelector('a')).toHaveAttribute('href', 'tel:+390364369111');
      expect(container.querySelector('p')?.textContent).toBe('توجهوا إلى Ospedale di Esine (قسم الطوارئ). اتصلوا على 0364 369111.');
    });

    it('isolates an Arabic name inside Italian text, in lists too', () => {
      const { container } = render(
        <RichText
          dir="ltr"
          value={[
            {
              type: 'list',
              format: 'unordered',
              children: [{ type: 'list-item', children: [text('Mediatrice: Amina (أمينة الحسن), arabo')] }],
            },
          ]}
        />,
      );
      expect([...container.querySelectorAll('li bdi')].map((run) => [run.getAttribute('dir'), run.textContent])).toEqual([
        ['rtl', 'أمينة الحسن'],
      ]);
    });

    it('leaves text of one direction without isolates', () => {
      const { container } = render(<RichText dir="rtl" value={[{ type: 'paragraph', children: [text('الوساطة اللغوية والثقافية')] }]} />);
      expect(container.querySelectorAll('bdi')).toHaveLength(0);
    });
  });
});
