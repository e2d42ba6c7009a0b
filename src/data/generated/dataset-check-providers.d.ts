// Types of dataset-check-providers.js, generated with it by `npm run schema`.
export declare const providers: (record: unknown) => boolean;
