import { defineConfig } from 'vite';

export default defineConfig({
  // Stories fetch the built-in dataset from Storybook's static /data folder.
  define: { __SIIP_DATASET_PATH__: JSON.stringify('/data/siip-dataset.json') },
  optimizeDeps: {
    include: ['lit', 'lit/decorators.js', 'lit/directives/class-map.js', '@lit/localize', '@lit/localize/init/reentrant.js', 'zod/mini'],
  },
});
