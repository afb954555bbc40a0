// Display names kept as data, so the api, the web and exports say the same thing.

export interface Label {
  readonly zh: string;
  readonly en: string;
}
