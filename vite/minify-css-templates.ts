import type { Plugin } from 'vite';
import { minifyHTMLLiterals } from 'minify-literals';

/**
 * Minifies the widgets' static css`` templates (Lit leaves them as written) with minify-literals, which parses
 * each template with Lightning CSS: quoted strings (`content: ': '`) are kept, and no hand-written regex has
 * to know where spaces matter. html`` templates are left alone (whitespace there is content).
 */
export function minifyCssTemplates(): Plugin {
  return {
    name: 'siip-minify-css-templates',
    async transform(code, id) {
      if (id.includes('node_modules') || !/\.ts$/.test(id) || !code.includes('css`')) return undefined;
      const result = await minifyHTMLLiterals(code, { fileName: id, html: false });
      return result ? { code: result.code, map: result.map ?? null } : undefined;
    },
  };
}
