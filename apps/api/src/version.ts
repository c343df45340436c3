/** The API's version, shown in the OpenAPI document; bump it when the contract changes. */
export const API_VERSION = '1.0.0'
