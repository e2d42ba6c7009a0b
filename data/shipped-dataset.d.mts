export interface ShippedFileIdentity {
  bytes: number;
  sha256: string;
}
export interface ShippedPartFile {
  key: string;
  fileName: string;
  source: Buffer;
}
export declare const SHIPPED_DATASET_FILE: URL;
export declare const COLLECTION_NAMES: string[];
export declare const PART_SETS: string[][];
export declare function partKey(set: readonly string[]): string;
export declare function shippedDatasetIdentity(file?: URL): { dataVersion: string } & ShippedFileIdentity;
export declare function shippedDatasetParts(file?: URL): ShippedPartFile[];
export declare function shippedDatasetWithParts(file?: URL): {
  identity: { dataVersion: string; parts: Record<string, ShippedFileIdentity> } & ShippedFileIdentity;
  files: ShippedPartFile[];
};
