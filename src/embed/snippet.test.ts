import { expect } from '@open-wc/testing';
import {
  buildIframeSnippet,
  buildSnippet,
  checkAccent,
  cleanAttributes,
  contrastRatio,
  DEFAULT_BASE_URL,
  EMBED_WIDGETS,
  embedQuery,
  escapeHtml,
  normalizeBaseUrl,
  normalizeHex,
  parseEmbedQuery,
  passesAA,
  relativeLuminance,
} from './snippet.js';

/** Parses a snippet the way a browser would, without running it. */
const parse = (snippet: string) => new DOMParser().parseFromString(`<body>${snippet}</body>`, 'text/html').body;

describe('contrast (WCAG 2.x)', () => {
  it('computes the relative luminance of black, white and a mid grey', () => {
    expect(relativeLuminance('#000')).to.equal(0);
    expect(relativeLuminance('#ffffff')).to.equal(1);
    expect(relativeLuminance('#777777')).to.be.closeTo(0.1845, 0.0005);
  });

  it('gives 21:1 for black on white and 1:1 for a colour on itself, in either order', () => {
    expect(contrastRatio('#000000', '#fff')).to.be.closeTo(21, 1e-9);
    expect(contrastRatio('#fff', '#000000')).to.be.closeTo(21, 1e-9);
    expect(contrastRatio('#0b5cad', '#0b5cad')).to.equal(1);
  });

  it('draws the AA line at 4.5:1 (#767676 passes on white, #777777 does not)', () => {
    expect(contrastRatio('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
    expect(passesAA('#767676', '#ffffff')).to.equal(true);
    expect(passesAA('#777777', '#ffffff')).to.equal(false);
  });

  it('accepts the default accent and warns about a light one, for button text and for links', () => {
    expect(checkAccent('#0b5cad')!.ok).to.equal(true);
    const yellow = checkAccent('#ffcc00')!;
    expect(yellow.ok).to.equal(false);
    expect(yellow.warnings).to.have.length(2);
    expect(yellow.warnings[0]).to.match(/White button text on #ffcc00 has a contrast of 1\.\d+:1; WCAG AA needs 4\.5:1/);
  });

  it('normalizes hex colours and rejects anything else', () => {
    expect(normalizeHex('#ABC')).to.equal('#aabbcc');
    expect(normalizeHex('aa3300')).to.equal('#aa3300');
    expect(normalizeHex('red')).to.equal(undefined);
    expect(normalizeHex('#aa3300; background: url(x)')).to.equal(undefined);
    expect(checkAccent('javascript:alert(1)')).to.equal(undefined);
  });
});

describe('buildSnippet', () => {
  it('pins the version on unpkg by default and puts the element after the script', () => {
    const snippet = buildSnippet({ tag: 'siip-cohort-roster', attributes: { cohort: '2020', lang: 'es' } });
    expect(snippet).to.equal(
      '<script type="module" src="https://unpkg.com/siip-widgets@0.1.0/dist/siip-widgets.js"></script>\n' +
        '<siip-cohort-roster lang="es" cohort="2020"></siip-cohort-roster>',
    );
  });

  it('uses an edited base URL, with or without its trailing slash', () => {
    expect(buildSnippet({ tag: 'siip-cohort-roster', attributes: {} }, 'https://partner.example.org/js/siip')).to.contain(
      'src="https://partner.example.org/js/siip/siip-widgets.js"',
    );
    expect(normalizeBaseUrl('javascript:alert(1)')).to.equal(undefined);
    expect(buildSnippet({ tag: 'siip-cohort-roster', attributes: {} }, 'javascript:alert(1)')).to.contain(DEFAULT_BASE_URL);
  });

  it('escapes every attribute value, so a quote cannot open a new attribute or element', () => {
    const evil = '"><img src=x onerror=alert(1)>';
    const body = parse(buildSnippet({ tag: 'siip-cohort-roster', attributes: { query: evil, src: 'a.json b.json' } }));
    const roster = body.querySelector('siip-cohort-roster')!;
    expect(roster.getAttribute('query')).to.equal(evil);
    expect(roster.getAttribute('src')).to.equal('a.json b.json');
    expect(body.querySelector('img')).to.equal(null);
    expect(escapeHtml(`<a href='x'>&</a>`)).to.equal('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('leaves out empty values, unknown attributes and values outside a choice list', () => {
    const attributes = cleanAttributes({
      tag: 'siip-cohort-roster',
      attributes: { cohort: '', onclick: 'alert(1)', kind: 'planet', 'group-by': 'none', 'page-size': '25', lang: 'de' },
    });
    expect(attributes).to.deep.equal([
      ['group-by', 'none'],
      ['page-size', '25'],
    ]);
  });

  it('adds the accent colour as a custom property rule for the widget', () => {
    const snippet = buildSnippet({ tag: 'siip-pathway-finder', attributes: {}, accent: '#AA3300' });
    expect(snippet).to.contain('<style>siip-pathway-finder { --siip-color-accent: #aa3300; }</style>');
    expect(buildSnippet({ tag: 'siip-pathway-finder', attributes: {}, accent: 'red;}body{display:none' })).to.not.contain('<style>');
  });

  it('refuses an unknown widget', () => {
    expect(() => buildSnippet({ tag: 'script', attributes: {} })).to.throw(RangeError);
  });
});

describe('iframe fallback', () => {
  it('points an iframe at embed.html with the configuration in its query string, escaped', () => {
    const snippet = buildIframeSnippet({ tag: 'siip-cohort-roster', attributes: { cohort: '2020', lang: 'es', query: 'a&b"c' }, accent: '#aa3300' });
    const frame = parse(snippet).querySelector('iframe')!;
    const url = new URL(frame.getAttribute('src')!);
    expect(url.origin + url.pathname).to.equal('https://unpkg.com/siip-widgets@0.1.0/dist/embed.html');
    expect(url.searchParams.get('widget')).to.equal('siip-cohort-roster');
    expect(url.searchParams.get('query')).to.equal('a&b"c');
    expect(url.searchParams.get('accent')).to.equal('#aa3300');
    expect(frame.getAttribute('title')).to.equal('Cohort roster');
  });

  it('includes the parent-side listener that sizes the iframe from its height message', () => {
    const snippet = buildIframeSnippet({ tag: 'siip-event-calendar', attributes: {} });
    expect(snippet).to.contain("data.type !== 'siip-embed-height'");
    expect(snippet).to.contain('frame.contentWindow === event.source');
  });

  it('reads back exactly what it wrote (round trip through the query string)', () => {
    const config = { tag: 'siip-cohort-roster', attributes: { cohort: '2020', lang: 'ar', 'group-by': 'none' }, accent: '#aa3300' };
    expect(parseEmbedQuery(`?${embedQuery(config)}`)).to.deep.equal({
      tag: 'siip-cohort-roster',
      attributes: { lang: 'ar', cohort: '2020', 'group-by': 'none' },
      accent: '#aa3300',
    });
  });

  it('ignores unknown widgets, unknown attributes and a malformed accent', () => {
    expect(parseEmbedQuery('?widget=script')).to.equal(undefined);
    expect(parseEmbedQuery('?widget=constructor')).to.equal(undefined);
    expect(parseEmbedQuery('?widget=siip-cohort-roster&onload=alert(1)&style=x&accent=red')).to.deep.equal({ tag: 'siip-cohort-roster', attributes: {} });
  });

  it('knows the four widgets', () => {
    expect(Object.keys(EMBED_WIDGETS)).to.have.members(['siip-cohort-roster', 'siip-community-map', 'siip-pathway-finder', 'siip-event-calendar']);
  });
});
