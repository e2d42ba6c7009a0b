import * as z from 'zod/mini';
import { Dataset, SCHEMA_VERSION } from './schema.js';

/** The JSON Schema (draft 2020-12) of the dataset format, generated from the zod schema. */
export function jsonSchemaOfDataset(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Dataset, { unrepresentable: 'any' }),
    $id: `https://siip-widgets.example/schema/siip-dataset-${SCHEMA_VERSION}.json`,
    title: 'SIIP dataset',
    description: `Format ${SCHEMA_VERSION} of the Skilled Immigrant Integration Program dataset read by siip-widgets.`,
  };
}
