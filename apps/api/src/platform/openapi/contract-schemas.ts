// The JSON Schemas of libs/contracts' types (generated: contract-schemas.json, by tools/contract-schemas.mjs), under
// the names the OpenAPI document gives them: #/components/schemas/<name>.
import generated from './contract-schemas.json';

export type ContractName = keyof typeof generated.schemas;

export const CONTRACT_SCHEMAS: Record<ContractName, object> = generated.schemas;
