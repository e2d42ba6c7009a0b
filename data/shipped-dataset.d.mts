export declare const SHIPPED_DATASET_FILE: URL;
export declare function shippedDatasetIdentity(file?: URL): { dataVersion: string; bytes: number; sha256: string };
