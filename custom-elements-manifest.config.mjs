// Custom Elements Manifest analyzer: reads the JSDoc API headers of the elements for Storybook's autodocs and npm users.
export default {
  globs: ['components/*/*.component.ts', 'src/internal/siip-element.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: 'dist',
  litelement: true,
  dev: false,
  plugins: [
    {
      name: 'siip-tag-names',
      // Our tags are registered by `static define()` in a sibling file, which the analyzer cannot follow.
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isClassDeclaration(node)) return;
        const tagDoc = ts.getJSDocTags(node).find((tag) => tag.tagName.getText() === 'tag');
        const declaration = moduleDoc.declarations?.find((d) => d.name === node.name?.getText());
        if (tagDoc && declaration && typeof tagDoc.comment === 'string') {
          // The tag is the comment's first word: text after it (a paragraph left below `@tag`) is not part of it.
          declaration.tagName = tagDoc.comment.trim().split(/\s/)[0];
          declaration.customElement = true;
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        // The base class is read only so its attributes (lang, group) are inherited; it is not an element itself.
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
            // Autodocs list an element's every member: private and protected ones (`#data`, `emit`…) are not its API.
            // The base class keeps its protected members, for those who extend it.
            if (declaration.customElement && declaration.members) {
              declaration.members = declaration.members.filter((member) => !member.privacy || member.privacy === 'public');
            }
          }
        }
      },
    },
  ],
};
