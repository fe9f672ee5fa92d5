/**
 * pdfjs-dist's legacy build (the one that runs on Node) bundles core-js, and on Node 20
 * (V8 11) core-js *replaces* some built-ins for the whole process with JavaScript
 * versions: Array.prototype.push (measured 10× slower, and it is every push in every
 * module, ours, ajv's and yaml's included), JSON.parse and Function.prototype.toString
 * (patched so the others still print "[native code]"). They fix corner cases nothing here
 * relies on: the error type when pushing onto an array whose length is frozen, source
 * text access in JSON.parse revivers.
 *
 * `keepBuiltins()` snapshots the built-ins before pdf.js loads; the function it returns
 * puts back every one that was replaced. What core-js *adds* because Node 20 lacks it
 * (Promise.withResolvers, Uint8Array.prototype.toBase64, Set methods, iterator helpers)
 * stays: pdf.js uses those.
 */

type Holder = object;

/** The objects whose own methods core-js is known to patch; a wider net costs nothing. */
function holders(): Array<[string, Holder]> {
  const typedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype) as Holder;
  return [
    ['Array', Array],
    ['Array.prototype', Array.prototype],
    ['Object', Object],
    ['Object.prototype', Object.prototype],
    ['Function.prototype', Function.prototype],
    ['JSON', JSON],
    ['Math', Math],
    ['Reflect', Reflect],
    ['Promise', Promise],
    ['Promise.prototype', Promise.prototype],
    ['String', String],
    ['String.prototype', String.prototype],
    ['RegExp.prototype', RegExp.prototype],
    ['Map', Map],
    ['Map.prototype', Map.prototype],
    ['Set.prototype', Set.prototype],
    ['Number', Number],
    ['TypedArray.prototype', typedArrayPrototype],
    ['ArrayBuffer.prototype', ArrayBuffer.prototype],
    ['Error', Error],
  ];
}

interface Saved {
  name: string;
  holder: Holder;
  key: string | symbol;
  descriptor: PropertyDescriptor;
}

/** Snapshot now; the returned function restores what was replaced since and names it. */
export function keepBuiltins(): () => string[] {
  const saved: Saved[] = [];
  for (const [name, holder] of holders()) {
    for (const key of Reflect.ownKeys(holder)) {
      const descriptor = Object.getOwnPropertyDescriptor(holder, key);
      // only methods: accessors and plain values are not what polyfills swap
      if (descriptor && typeof descriptor.value === 'function') saved.push({ name, holder, key, descriptor });
    }
  }
  return () => {
    const restored: string[] = [];
    for (const s of saved) {
      const now = Object.getOwnPropertyDescriptor(s.holder, s.key);
      if (now?.value === s.descriptor.value) continue;
      Object.defineProperty(s.holder, s.key, s.descriptor);
      restored.push(`${s.name}.${String(s.key)}`);
    }
    return restored;
  };
}
