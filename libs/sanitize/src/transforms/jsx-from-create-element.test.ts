import { describe, expect, it } from 'vitest';
import { canonical, runModuleStep } from '../test-support';
import { jsxFromCreateElement } from './jsx-from-create-element';

describe('jsx-from-createElement', () => {
  it('turns a compiled createElement tree back into JSX', async () => {
    const run = await runModuleStep(
      jsxFromCreateElement,
      [
        'export default function Card({ items }) {',
        '  return React.createElement(AbsoluteFill, { style: { padding: 10 }, ...rest },',
        '    React.createElement("h1", { className: "title" }, "Quarterly results"),',
        '    items.map((item) => React.createElement(Row, { key: item.id, item })),',
        '    React.createElement(React.Fragment, null, React.createElement("br", null), " & more"));',
        '}',
      ].join('\n'),
    );
    expect(run.code).toBe(
      await canonical(
        [
          'export default function Card({ items }) {',
          '  return (',
          '    <AbsoluteFill style={{ padding: 10 }} {...rest}>',
          '      <h1 className="title">Quarterly results</h1>',
          '      {items.map((item) => <Row key={item.id} item={item} />)}',
          '      <><br />{" & more"}</>',
          '    </AbsoluteFill>',
          '  );',
          '}',
        ].join('\n'),
      ),
    );
    expect(run.fixes).toEqual(['jsx-from-createElement']);
  });

  it('keeps calls JSX cannot express exactly, converting what is inside them', async () => {
    const source = 'const el = React.createElement(component, null, React.createElement("b", null, "x"));';
    const run = await runModuleStep(jsxFromCreateElement, source);
    expect(run.code).toBe(await canonical('const el = React.createElement(component, null, <b>x</b>);'));
  });

  it('puts attribute strings JSX would decode differently in braces', async () => {
    const run = await runModuleStep(jsxFromCreateElement, 'const el = React.createElement("a", { title: "R&D", href: "/x" });');
    expect(run.code).toBe(await canonical('const el = <a title={"R&D"} href="/x" />;'));
  });

  it('follows aliases of createElement and Fragment', async () => {
    const source = 'const { createElement: h, Fragment } = React;\nconst el = h(Fragment, null, h("i", null));';
    const run = await runModuleStep(jsxFromCreateElement, source);
    expect(run.code).toBe(await canonical('const { createElement: h, Fragment } = React;\nconst el = <><i /></>;'));
  });

  it('parenthesises an element that is immediately accessed', async () => {
    const run = await runModuleStep(jsxFromCreateElement, 'const p = React.createElement("div", null).props;');
    expect(run.code).toBe(await canonical('const p = (<div />).props;'));
  });
});
