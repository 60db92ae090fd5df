// A screen's code loaded the first time it is shown, as its own chunk (issue 19: the first paint waited for the
// whole interface to be parsed, while the first screen is the reader). Once loaded it renders at once.
import type { Component } from "svelte";

// Components with different props share one loader type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyComponent = Component<any>;

export class LazyScreen<C extends AnyComponent> {
  #component = $state<C | undefined>();
  #loading = false;
  #load: () => Promise<{ default: C }>;

  constructor(load: () => Promise<{ default: C }>) {
    this.#load = load;
  }

  /** The component, or undefined while its chunk loads (the load starts at the first call). */
  get component(): C | undefined {
    if (!this.#component && !this.#loading) {
      this.#loading = true;
      void this.#load().then((m) => (this.#component = m.default));
    }
    return this.#component;
  }
}
