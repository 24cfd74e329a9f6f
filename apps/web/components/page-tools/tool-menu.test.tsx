/**
 * @jest-environment jsdom
 */
import '@testing-library/jest-dom';
import { fireEvent, render } from '@testing-library/react';
import { ToolMenu } from './tool-menu';

describe('ToolMenu', () => {
  function renderMenu() {
    const view = render(
      <>
        <ToolMenu label="Condividi">
          <li>
            <a href="https://wa.me/?text=x">WhatsApp</a>
          </li>
        </ToolMenu>
        <button type="button">Altrove</button>
      </>,
    );
    const details = view.container.querySelector('details') as HTMLDetailsElement;
    const summary = view.container.querySelector('summary') as HTMLElement;
    return { ...view, details, summary };
  }

  it('is a disclosure in the HTML: a summary button and a list of links that work without scripts', () => {
    const { details, summary, getByRole } = renderMenu();
    expect(details).not.toHaveAttribute('open');
    expect(summary).toHaveTextContent('Condividi');
    expect(getByRole('link', { hidden: true, name: 'WhatsApp' })).toHaveAttribute('href', 'https://wa.me/?text=x');
  });

  it('Escape closes it and gives the focus back to its button', () => {
    const { details, summary, getByRole } = renderMenu();
    details.open = true;
    const link = getByRole('link', { name: 'WhatsApp' });
    link.focus();
    fireEvent.keyDown(link, { key: 'Escape' });
    expect(details.open).toBe(false);
    expect(summary).toHaveFocus();
  });

  it('a click or the focus elsewhere closes it', () => {
    const { details, getByRole } = renderMenu();
    details.open = true;
    fireEvent.click(getByRole('button', { name: 'Altrove' }));
    expect(details.open).toBe(false);
    details.open = true;
    fireEvent.focusIn(getByRole('button', { name: 'Altrove' }));
    expect(details.open).toBe(false);
  });
});
