"""The resident memory of a process and all its descendants, added up, from /proc.

Shared by the benchmark scripts, which sample it every 50 ms while a run goes: Intake's
parser workers are child processes, and their memory is part of the run's.
"""
import os


def tree_rss_kib(root):
    """The VmRSS of `root` and every process below it, in KiB (0 once it has ended)."""
    parents = {}
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                stat = open(f"/proc/{pid}/stat").read()
                parents[int(pid)] = int(stat[stat.rindex(")") + 2:].split()[1])
            except (OSError, ValueError):
                pass
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in tree} - tree
        grew = bool(more)
        tree |= more
    total = 0
    for pid in tree:
        try:
            for line in open(f"/proc/{pid}/status"):
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total
