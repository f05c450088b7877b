package se.rjl.patientfees.engine.ledger;

import java.util.Arrays;

/**
 * A persistent map from payment id to the payment: a hash array mapped trie (32-way, path
 * copying). Finding a payment by id reads at most seven small arrays; adding one copies only the
 * arrays on its path (at most 32 references each), never the whole index. Immutable, thread-safe.
 */
final class IdIndex {
  static final IdIndex EMPTY = new IdIndex(Bitmap.EMPTY, 0);

  private final Object root;
  private final int size;

  private IdIndex(Object root, int size) {
    this.root = root;
    this.size = size;
  }

  int size() {
    return size;
  }

  /** The entry stored under {@code id}, or null. */
  CapEntry get(String id) {
    int h = id.hashCode();
    Object n = root;
    int shift = 0;
    while (true) {
      if (n instanceof Bitmap b) {
        int bit = 1 << ((h >>> shift) & 31);
        if ((b.bitmap & bit) == 0) {
          return null;
        }
        Object child = b.slots[Integer.bitCount(b.bitmap & (bit - 1))];
        if (child instanceof CapEntry leaf) {
          return leaf.paymentId().equals(id) ? leaf : null;
        }
        n = child;
        shift += 5;
      } else {
        for (CapEntry leaf : ((Collision) n).leaves) {
          if (leaf.paymentId().equals(id)) {
            return leaf;
          }
        }
        return null;
      }
    }
  }

  /** This index with {@code node} under its payment id (replacing any entry with that id). */
  IdIndex put(CapEntry node) {
    boolean[] added = {false};
    Object r = put(root, node, node.paymentId().hashCode(), 0, added);
    return new IdIndex(r, added[0] ? size + 1 : size);
  }

  /** This index with {@code node}, whose id it does not hold yet (the caller has looked). */
  IdIndex putNew(CapEntry node) {
    return new IdIndex(put(root, node, node.paymentId().hashCode(), 0, null), size + 1);
  }

  /** This index without {@code id}. */
  IdIndex remove(String id) {
    if (get(id) == null) {
      return this;
    }
    Object r = remove(root, id, id.hashCode(), 0);
    return new IdIndex(r == null ? Bitmap.EMPTY : r, size - 1);
  }

  /** {@code added[0]} is set when the id was new ({@code added} may be null). */
  private static Object put(Object n, CapEntry node, int h, int shift, boolean[] added) {
    if (n instanceof Collision c) {
      CapEntry[] leaves = c.leaves;
      for (int i = 0; i < leaves.length; i++) {
        if (leaves[i].paymentId().equals(node.paymentId())) {
          CapEntry[] copy = leaves.clone();
          copy[i] = node;
          return new Collision(c.hash, copy);
        }
      }
      CapEntry[] copy = Arrays.copyOf(leaves, leaves.length + 1);
      copy[leaves.length] = node;
      if (added != null) {
        added[0] = true;
      }
      return new Collision(c.hash, copy);
    }
    Bitmap b = (Bitmap) n;
    int bit = 1 << ((h >>> shift) & 31);
    int idx = Integer.bitCount(b.bitmap & (bit - 1));
    if ((b.bitmap & bit) == 0) {
      Object[] slots = new Object[b.slots.length + 1];
      System.arraycopy(b.slots, 0, slots, 0, idx);
      slots[idx] = node;
      System.arraycopy(b.slots, idx, slots, idx + 1, b.slots.length - idx);
      if (added != null) {
        added[0] = true;
      }
      return new Bitmap(b.bitmap | bit, slots);
    }
    Object child = b.slots[idx];
    Object replaced;
    if (child instanceof CapEntry leaf) {
      if (leaf.paymentId().equals(node.paymentId())) {
        replaced = node;
      } else {
        if (added != null) {
          added[0] = true;
        }
        replaced = pair(leaf, leaf.paymentId().hashCode(), node, h, shift + 5);
      }
    } else {
      replaced = put(child, node, h, shift + 5, added);
    }
    Object[] slots = b.slots.clone();
    slots[idx] = replaced;
    return new Bitmap(b.bitmap, slots);
  }

  /** A sub-trie holding two leaves whose hashes agree below {@code shift}. */
  private static Object pair(CapEntry a, int ha, CapEntry b, int hb, int shift) {
    if (ha == hb || shift >= 32) {
      return new Collision(ha, new CapEntry[] {a, b});
    }
    int ia = (ha >>> shift) & 31;
    int ib = (hb >>> shift) & 31;
    if (ia == ib) {
      return new Bitmap(1 << ia, new Object[] {pair(a, ha, b, hb, shift + 5)});
    }
    return ia < ib
        ? new Bitmap((1 << ia) | (1 << ib), new Object[] {a, b})
        : new Bitmap((1 << ia) | (1 << ib), new Object[] {b, a});
  }

  /** {@code n} without {@code id} (known to be present); null when nothing is left. */
  private static Object remove(Object n, String id, int h, int shift) {
    if (n instanceof Collision c) {
      CapEntry[] leaves = c.leaves;
      if (leaves.length == 2) {
        return leaves[0].paymentId().equals(id) ? leaves[1] : leaves[0];
      }
      CapEntry[] copy = new CapEntry[leaves.length - 1];
      int j = 0;
      for (CapEntry leaf : leaves) {
        if (!leaf.paymentId().equals(id)) {
          copy[j++] = leaf;
        }
      }
      return new Collision(c.hash, copy);
    }
    Bitmap b = (Bitmap) n;
    int bit = 1 << ((h >>> shift) & 31);
    int idx = Integer.bitCount(b.bitmap & (bit - 1));
    Object child = b.slots[idx];
    Object replaced = child instanceof CapEntry ? null : remove(child, id, h, shift + 5);
    if (replaced == null) {
      if (b.slots.length == 1) {
        return null;
      }
      Object[] slots = new Object[b.slots.length - 1];
      System.arraycopy(b.slots, 0, slots, 0, idx);
      System.arraycopy(b.slots, idx + 1, slots, idx, slots.length - idx);
      return new Bitmap(b.bitmap & ~bit, slots);
    }
    Object[] slots = b.slots.clone();
    slots[idx] = replaced;
    return new Bitmap(b.bitmap, slots);
  }

  private record Bitmap(int bitmap, Object[] slots) {
    static final Bitmap EMPTY = new Bitmap(0, new Object[0]);
  }

  private record Collision(int hash, CapEntry[] leaves) {}
}
