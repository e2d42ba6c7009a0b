// Types of dataset-check-events.js, generated with it by `npm run schema`.
export declare const events: (record: unknown) => boolean;
