"""One whole pm4py run, as a user runs it: read an event log and discover its DFG.

    python3 pm4py_dfg.py xes LOG.xes[.gz]   read_xes + discover_dfg
    python3 pm4py_dfg.py csv LOG.csv        read_csv + format_dataframe + discover_dfg
    python3 pm4py_dfg.py ocel LOG.sqlite    read_ocel2_sqlite (its discover_ocdfg fails on this log
                                            with Debian's pandas 1.5.3: the times stay text)

Prints one summary line (events, cases, edges) that the benchmark compares with Glassbox's.
Our code calling the peer (Glassbox's bench), not the peer's code: pm4py comes from
PYTHONPATH (glassbox-bench/peers/install.sh).
"""
import sys

import pandas as pd
import pm4py

kind, path = sys.argv[1], sys.argv[2]
if kind == "xes":
    log = pm4py.read_xes(path)
    dfg, start, end = pm4py.discover_dfg(log)
    print("pm4py: %d events, %d cases, %d edges" % (len(log), log["case:concept:name"].nunique(), len(dfg)))
elif kind == "csv":
    df = pd.read_csv(path)
    df = pm4py.format_dataframe(df, case_id="case:concept:name", activity_key="concept:name",
                                timestamp_key="time:timestamp")
    dfg, start, end = pm4py.discover_dfg(df)
    print("pm4py: %d events, %d cases, %d edges" % (len(df), df["case:concept:name"].nunique(), len(dfg)))
elif kind == "ocel":
    ocel = pm4py.read_ocel2_sqlite(path)
    print("pm4py: %d events, %d objects" % (len(ocel.events), len(ocel.objects)))
else:
    sys.exit("usage: pm4py_dfg.py xes|csv|ocel LOG")
