// Types of the generated fast-path validator (`npm run schema` writes dataset-check.js beside this file).
type Check = (record: unknown) => boolean;
export declare const sources: Check;
export declare const programs: Check;
export declare const cohorts: Check;
export declare const communities: Check;
export declare const providers: Check;
export declare const professions: Check;
export declare const events: Check;
