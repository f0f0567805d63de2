// Turns overlapping ranges into a properly nested tree, so every highlight
// can be one element. A range that crosses the end of the range it starts
// in is split there; each piece keeps its item.

/**
 * An item to nest: `{ start, end, rank, ... }`, offsets in UTF-16 code units.
 * When two items cover the same range, the lower `rank` goes outside.
 */
function compare(a, b) {
  return a.start - b.start || b.end - a.end || a.rank - b.rank;
}

/** Inserts `item` into the array `sorted`, keeping it sorted by `compare`. */
function insertSorted(sorted, item) {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compare(sorted[middle], item) <= 0) low = middle + 1;
    else high = middle;
  }
  sorted.splice(low, 0, item);
}

/**
 * Nests `items` inside `[0, length)`. Returns the root node; every node is
 * `{ start, end, item, children }` with children sorted, disjoint and inside
 * their parent. Empty and out-of-bounds items are dropped. A split item
 * appears as several nodes that share the same `item`.
 */
export function nest(items, length) {
  const queue = items
    .filter((item) => item.start >= 0 && item.end <= length && item.start < item.end)
    .map((item) => ({ start: item.start, end: item.end, rank: item.rank, item }))
    .sort(compare);
  const remainders = [];
  const root = { start: 0, end: length, item: null, children: [] };
  const stack = [root];
  let next = 0;
  const take = () => {
    const fromQueue = queue[next];
    const fromRemainders = remainders[0];
    if (fromRemainders && (!fromQueue || compare(fromRemainders, fromQueue) < 0)) {
      return remainders.shift();
    }
    next += 1;
    return fromQueue;
  };
  for (let piece = take(); piece; piece = take()) {
    while (stack[stack.length - 1].end <= piece.start) stack.pop();
    const parent = stack[stack.length - 1];
    let end = piece.end;
    if (end > parent.end) {
      insertSorted(remainders, { ...piece, start: parent.end });
      end = parent.end;
    }
    const node = { start: piece.start, end, item: piece.item, children: [] };
    parent.children.push(node);
    stack.push(node);
  }
  return root;
}
