// Types of dataset-check-professions.js, generated with it by `npm run schema`.
export declare const professions: (record: unknown) => boolean;
