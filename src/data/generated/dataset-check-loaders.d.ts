// Types of dataset-check-loaders.js, generated with it by `npm run schema`.
export declare const loaders: {
  events: () => Promise<{ events: (record: unknown) => boolean }>;
  professions: () => Promise<{ professions: (record: unknown) => boolean }>;
  providers: () => Promise<{ providers: (record: unknown) => boolean }>;
};
