// The tensor-cache.json of a fake model for the download tests: `shards` raw shards of `nbytes` each.
export function fakeTensorCache(shards: readonly number[], nbytes: number) {
  return {
    records: shards.map((i) => ({ dataPath: `params_shard_${i}.bin`, format: 'raw-shard', nbytes, records: [] })),
  };
}
