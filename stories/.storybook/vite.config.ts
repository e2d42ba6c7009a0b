import { defineConfig } from 'vite';
import { shippedDatasetIdentity } from '../../data/shipped-dataset.mjs';

export default defineConfig({
  // Stories fetch the built-in dataset from Storybook's static /data folder.
  // As the drop-in: the shipped dataset is recognised and used without loading the validator.
  define: { __SIIP_DATASET_PATH__: JSON.stringify('/data/siip-dataset.json'), __SIIP_SHIPPED_DATASET__: JSON.stringify(shippedDatasetIdentity()) },
  optimizeDeps: {
    include: ['lit', 'lit/decorators.js', 'lit/directives/class-map.js', '@lit/localize', '@lit/localize/init/reentrant.js', 'zod/mini'],
  },
});
