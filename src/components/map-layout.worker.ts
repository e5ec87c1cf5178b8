// Lays a network map out off the main thread: ForceAtlas2 over a few hundred members takes longer
// than a screen frame (see docs/network-map.md). Receives { id, input }, answers { id, layout }.
import { layoutNetworkMap } from '../core/network-layout';
import type { LayoutInput } from '../core/network-layout';

self.onmessage = (event: MessageEvent<{ id: number; input: LayoutInput }>) => {
  const { id, input } = event.data;
  try {
    self.postMessage({ id, layout: layoutNetworkMap(input) });
  } catch (e) {
    self.postMessage({ id, error: String(e) });
  }
};
