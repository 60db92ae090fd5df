//! What each computed value reads, and the dependency cycles a definition must not have.

use std::collections::{HashMap, HashSet};

use super::*;

// ---------------------------------------------------------------------------------------------------------------
// Dependency cycles

/// A value the engine computes. An edge `a → b` means computing `a` needs `b`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Dep {
    /// A field's usable value: needs its step (shown, not blocked), its own relevance and its constraints.
    Field(usize, usize),
    Flag(usize),
    /// Whether a step is shown and not blocked: its stage, its relevance, the safeguards that can block it.
    Step(usize),
    Stage(usize),
    /// Whether a safeguard holds: its `when` and `lifted_when`.
    Safeguard(usize),
    /// `complete("step")`: the step and every field in it.
    Complete(usize),
    /// `departure_ready()`: the departure date, the record dates and the requirements.
    Departure,
}

/// What computing `node` reads directly.
pub(crate) fn dependencies(wf: &Workflow, node: Dep) -> Vec<Dep> {
    let mut out = Vec::new();
    let add_expr = |e: &Expr, this: Option<&str>, out: &mut Vec<Dep>| {
        for name in &e.deps.names {
            if Some(name.as_str()) == this {
                continue;
            }
            if let Some(&(s, f)) = wf.index.fields.get(name) {
                out.push(Dep::Field(s, f));
            } else if let Some(&g) = wf.index.flags.get(name) {
                out.push(Dep::Flag(g));
            }
        }
        for step in &e.deps.steps {
            if let Some(&s) = wf.index.steps.get(step) {
                out.push(Dep::Complete(s));
            }
        }
        if e.deps.departure {
            out.push(Dep::Departure);
        }
    };
    match node {
        Dep::Field(s, f) => {
            out.push(Dep::Step(s));
            let field = &wf.steps[s].fields[f];
            if let Some(r) = &field.relevant {
                add_expr(r, None, &mut out);
            }
            for c in &field.constraints {
                add_expr(&c.expr, Some(&field.id), &mut out);
            }
        }
        Dep::Flag(g) => add_expr(&wf.flags[g].expr, None, &mut out),
        Dep::Step(s) => {
            out.push(Dep::Stage(wf.index.step_stage[s]));
            if let Some(r) = &wf.steps[s].relevant {
                add_expr(r, None, &mut out);
            }
            out.extend(wf.index.blockers[s].iter().map(|&g| Dep::Safeguard(g)));
        }
        Dep::Stage(t) => {
            if let Some(r) = &wf.stages[t].relevant {
                add_expr(r, None, &mut out);
            }
        }
        Dep::Safeguard(g) => {
            let sg = &wf.safeguards[g];
            add_expr(&sg.when, None, &mut out);
            if let Some(l) = &sg.lifted_when {
                add_expr(l, None, &mut out);
            }
        }
        Dep::Complete(s) => {
            out.push(Dep::Step(s));
            out.extend((0..wf.steps[s].fields.len()).map(|f| Dep::Field(s, f)));
        }
        Dep::Departure => {
            if let Some(d) = &wf.departure {
                let fields = std::iter::once(&d.date)
                    .chain(d.records.iter().flat_map(|r| r.from.iter().chain(r.until.iter())));
                for id in fields {
                    if let Some(&(s, f)) = wf.index.fields.get(id) {
                        out.push(Dep::Field(s, f));
                    }
                }
                for r in &d.requires {
                    add_expr(&r.expr, None, &mut out);
                }
            }
        }
    }
    out
}

fn all_nodes(wf: &Workflow) -> Vec<Dep> {
    let mut nodes: Vec<Dep> = (0..wf.stages.len()).map(Dep::Stage).collect();
    for (s, step) in wf.steps.iter().enumerate() {
        nodes.push(Dep::Step(s));
        nodes.push(Dep::Complete(s));
        nodes.extend((0..step.fields.len()).map(|f| Dep::Field(s, f)));
    }
    nodes.extend((0..wf.flags.len()).map(Dep::Flag));
    nodes.extend((0..wf.safeguards.len()).map(Dep::Safeguard));
    if wf.departure.is_some() {
        nodes.push(Dep::Departure);
    }
    nodes
}

fn describe(wf: &Workflow, node: Dep) -> String {
    match node {
        Dep::Field(s, f) => format!("field `{}`", wf.steps[s].fields[f].id),
        Dep::Flag(g) => format!("flag `{}`", wf.flags[g].id),
        Dep::Step(s) => format!("step `{}`", wf.steps[s].id),
        Dep::Stage(t) => format!("stage `{}`", wf.stages[t].id),
        Dep::Safeguard(g) => format!("safeguard `{}`", wf.safeguards[g].id),
        Dep::Complete(s) => format!("complete(\"{}\")", wf.steps[s].id),
        Dep::Departure => "departure_ready()".to_owned(),
    }
}

fn position(wf: &Workflow, node: Dep) -> Pos {
    match node {
        Dep::Field(s, f) => wf.steps[s].fields[f].pos,
        Dep::Flag(g) => wf.flags[g].pos,
        Dep::Step(s) | Dep::Complete(s) => wf.steps[s].pos,
        Dep::Stage(t) => wf.stages[t].pos,
        Dep::Safeguard(g) => wf.safeguards[g].pos,
        Dep::Departure => wf.pos,
    }
}

/// Every dependency cycle, once each, as (where to report it, message naming the path).
///
/// Cycles the engine would otherwise have to break arbitrarily: a flag that uses itself, a step shown only when
/// one of its own answers is given, a safeguard whose condition reads an answer on a step it blocks.
pub(crate) fn cycles(wf: &Workflow) -> Vec<(Pos, String)> {
    let nodes = all_nodes(wf);
    let id_of: HashMap<Dep, usize> = nodes.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let edges: Vec<Vec<usize>> = nodes
        .iter()
        .map(|&n| {
            let mut e: Vec<usize> = dependencies(wf, n)
                .iter()
                .filter_map(|d| id_of.get(d).copied())
                .collect();
            e.sort_unstable();
            e.dedup();
            e
        })
        .collect();

    // Tarjan's strongly connected components, iteratively.
    let n = nodes.len();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut next = 0;
    let mut components: Vec<Vec<usize>> = Vec::new();
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        index[root] = next;
        low[root] = next;
        next += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (v, ref mut ei)) = work.last_mut() {
            if let Some(&w) = edges[v].get(*ei) {
                *ei += 1;
                if index[w] == usize::MAX {
                    index[w] = next;
                    low[w] = next;
                    next += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
            } else {
                work.pop();
                if let Some(&(parent, _)) = work.last() {
                    low[parent] = low[parent].min(low[v]);
                }
                if low[v] == index[v] {
                    let mut comp = Vec::new();
                    while let Some(w) = stack.pop() {
                        on_stack[w] = false;
                        comp.push(w);
                        if w == v {
                            break;
                        }
                    }
                    components.push(comp);
                }
            }
        }
    }

    let mut out = Vec::new();
    for mut comp in components {
        comp.sort_unstable();
        let start = comp[0];
        let self_loop = edges[start].contains(&start);
        if comp.len() == 1 && !self_loop {
            continue;
        }
        // A shortest path from `start` back to itself inside the component, for the message.
        let members: HashSet<usize> = comp.iter().copied().collect();
        let mut prev: HashMap<usize, usize> = HashMap::new();
        let mut queue = std::collections::VecDeque::from([start]);
        let mut closing = None;
        'bfs: while let Some(v) = queue.pop_front() {
            for &w in &edges[v] {
                if w == start {
                    closing = Some(v);
                    break 'bfs;
                }
                if members.contains(&w) && !prev.contains_key(&w) {
                    prev.insert(w, v);
                    queue.push_back(w);
                }
            }
        }
        let mut path = vec![start];
        let mut cur = closing.unwrap_or(start);
        let mut back = Vec::new();
        while cur != start {
            back.push(cur);
            cur = prev.get(&cur).copied().unwrap_or(start);
        }
        path.extend(back.into_iter().rev());
        path.push(start);
        let text: Vec<String> = path.iter().map(|&i| describe(wf, nodes[i])).collect();
        out.push((
            position(wf, nodes[start]),
            format!("dependency cycle: {}", text.join(" needs ")),
        ));
    }
    out.sort_by_key(|(p, _)| (p.line, p.col));
    out
}
