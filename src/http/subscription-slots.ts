/**
 * Counts open subscriptions, per client IP and in the whole process, and refuses one beyond
 * either cap. Each granted slot is given back exactly once by the function `acquire` returns.
 */
export class SubscriptionSlots {
  private readonly byIp = new Map<string, number>();
  private total = 0;

  constructor(
    private readonly max: number,
    private readonly perIp: number,
  ) {}

  /** Open subscriptions now. */
  get open(): number {
    return this.total;
  }

  /** A release function, or the cap that refuses ("SUBSCRIPTIONS_MAX" or "SUBSCRIPTIONS_PER_IP"). */
  acquire(ip: string): { release: () => void } | { refusedBy: 'SUBSCRIPTIONS_MAX' | 'SUBSCRIPTIONS_PER_IP'; max: number } {
    if (this.total >= this.max) return { refusedBy: 'SUBSCRIPTIONS_MAX', max: this.max };
    const mine = this.byIp.get(ip) ?? 0;
    if (mine >= this.perIp) return { refusedBy: 'SUBSCRIPTIONS_PER_IP', max: this.perIp };
    this.byIp.set(ip, mine + 1);
    this.total++;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.total--;
        const left = (this.byIp.get(ip) ?? 1) - 1;
        if (left > 0) this.byIp.set(ip, left);
        else this.byIp.delete(ip);
      },
    };
  }
}
