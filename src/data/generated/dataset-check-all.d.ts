// Types of dataset-check-all.js, generated with it by `npm run schema`.
export declare const sources: (record: unknown) => boolean;
export declare const programs: (record: unknown) => boolean;
export declare const cohorts: (record: unknown) => boolean;
export declare const communities: (record: unknown) => boolean;
export declare const events: (record: unknown) => boolean;
export declare const professions: (record: unknown) => boolean;
export declare const providers: (record: unknown) => boolean;
