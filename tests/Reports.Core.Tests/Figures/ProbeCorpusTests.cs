using System.Text;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;

namespace Reports.Core.Tests.Figures;

/// <summary>
/// The team's probe articles (tests/Probes/*.txt, format in scripts/probes.py): articles we wrote ourselves, with the
/// figures a reader takes from them written down before the analyzer ran on them. Scored the way
/// <c>scripts/probes.py score</c> scores them, and guarded by floors at what was measured, so a change cannot silently
/// undo what earlier fixes made right.
/// </summary>
public sealed class ProbeCorpusTests
{
    private sealed record Expectation(string Kind, long Value, string? Qualifier, string? Scope);

    private sealed record Probe(string Id, string File, int Line, string Text, List<Expectation>? Expected);

    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["killed"] = "killed", ["injured"] = "injured", ["casualties"] = "casualties",
        ["drones_launched"] = "drones_launched", ["drones_downed"] = "drones_downed",
        ["missiles_launched"] = "missiles_launched", ["missiles_downed"] = "missiles_downed",
        ["dl"] = "drones_launched", ["dd"] = "drones_downed", ["ml"] = "missiles_launched", ["md"] = "missiles_downed",
    };

    private static readonly HashSet<string> Qualifiers = ["exact", "at_least", "more_than", "about", "nearly", "up_to"];
    private static readonly HashSet<string> Scopes = ["event", "cumulative"];

    private static List<Probe> Load()
    {
        var probes = new List<Probe>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(RepoPaths.Combine("tests", "Probes"), "*.txt").Order(StringComparer.Ordinal))
        {
            string? id = null;
            int start = 0;
            var text = new List<string>();
            List<Expectation>? expected = null;
            var n = 0;
            void Flush()
            {
                if (id is not null)
                {
                    probes.Add(new Probe(id, Path.GetFileName(path), start, string.Join('\n', text).Trim() + "\n", expected));
                }
            }

            foreach (var line in File.ReadLines(path))
            {
                n++;
                if (line.StartsWith("=== ", StringComparison.Ordinal))
                {
                    Flush();
                    id = line[4..].Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
                    Assert.True(ids.Add(id), $"{Path.GetFileName(path)}:{n}: duplicate probe id {id}");
                    start = n;
                    text = [];
                    expected = null;
                }
                else if (id is null)
                {
                    continue;
                }
                else if (line.StartsWith("# E:", StringComparison.Ordinal))
                {
                    expected ??= [];
                    var body = line[4..].Trim();
                    if (body.Equals("none", StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    foreach (var item in body.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        var parts = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                        Assert.True(parts.Length >= 2 && Kinds.ContainsKey(parts[0]) && long.TryParse(parts[1], out _),
                            $"{Path.GetFileName(path)}:{n}: cannot read expectation '{item}'");
                        string? qualifier = null, scope = null;
                        foreach (var word in parts[2..])
                        {
                            if (Qualifiers.Contains(word))
                            {
                                qualifier = word;
                            }
                            else
                            {
                                Assert.True(Scopes.Contains(word), $"{Path.GetFileName(path)}:{n}: unknown word '{word}' in '{item}'");
                                scope = word;
                            }
                        }

                        expected.Add(new Expectation(Kinds[parts[0]], long.Parse(parts[1]), qualifier, scope));
                    }
                }
                else if (!line.StartsWith('#'))
                {
                    text.Add(line);
                }
            }

            Flush();
        }

        return probes;
    }

    private sealed record Score(int Articles, int Tp, int Fp, int Fn, int Right, int QualifierRight, int QualifierChecked,
        int ScopeRight, int ScopeChecked)
    {
        public double F1 => Tp == 0 ? 0 : 2.0 * Tp / (2 * Tp + Fp + Fn);
        public double FullyRight => Articles == 0 ? 0 : (double)Right / Articles;
        public double ScopeShare => ScopeChecked == 0 ? 1 : (double)ScopeRight / ScopeChecked;
        public double QualifierShare => QualifierChecked == 0 ? 1 : (double)QualifierRight / QualifierChecked;
    }

    /// <summary>Matches each expectation with a found figure of its kind and value (preferring one that also agrees on
    /// qualifier and scope), as scripts/probes.py does.</summary>
    private static Score ScoreAll(IEnumerable<Probe> probes)
    {
        var sut = new ArticleAnalyzer();
        var s = new Score(0, 0, 0, 0, 0, 0, 0, 0, 0);
        foreach (var probe in probes.Where(p => p.Expected is not null))
        {
            var pool = sut.Analyze(new ArticleText(probe.Text.Normalize(NormalizationForm.FormC))).Figures
                .Select(f => (Kind: FigureNames.Of(f.Kind), f.Value, Qualifier: FigureNames.Of(f.Qualifier), Scope: FigureNames.Of(f.Scope)))
                .ToList();
            int tp = 0, fn = 0, qr = 0, qc = 0, sr = 0, sc = 0;
            foreach (var e in probe.Expected!)
            {
                var best = -1;
                var score = -1;
                for (var i = 0; i < pool.Count; i++)
                {
                    if (pool[i].Kind == e.Kind && pool[i].Value == e.Value)
                    {
                        var agree = (e.Qualifier is null || e.Qualifier == pool[i].Qualifier ? 1 : 0) + (e.Scope is null || e.Scope == pool[i].Scope ? 1 : 0);
                        if (agree > score)
                        {
                            (best, score) = (i, agree);
                        }
                    }
                }

                if (best < 0)
                {
                    fn++;
                    continue;
                }

                tp++;
                var found = pool[best];
                pool.RemoveAt(best);
                if (e.Qualifier is not null)
                {
                    qc++;
                    qr += e.Qualifier == found.Qualifier ? 1 : 0;
                }

                if (e.Scope is not null)
                {
                    sc++;
                    sr += e.Scope == found.Scope ? 1 : 0;
                }
            }

            var right = fn == 0 && pool.Count == 0 && qr == qc && sr == sc ? 1 : 0;
            s = new Score(s.Articles + 1, s.Tp + tp, s.Fp + pool.Count, s.Fn + fn, s.Right + right, s.QualifierRight + qr,
                s.QualifierChecked + qc, s.ScopeRight + sr, s.ScopeChecked + sc);
        }

        return s;
    }

    [Fact]
    public void ProbeFiles_AreWellFormed()
    {
        var probes = Load();
        Assert.NotEmpty(probes);
        Assert.All(probes, p => Assert.False(string.IsNullOrWhiteSpace(p.Text), $"{p.File}:{p.Line}: probe {p.Id} has no text"));
    }

    [Fact]
    public void Analyze_ProbeCorpus_StaysAboveItsFloors()
    {
        var s = ScoreAll(Load());
        Assert.True(s.Articles > 0, "no probe with expectations");
        // Floors at what was measured, rounded down (see docs/figures.md, "Thirty-first session"); raise them as it improves.
        Assert.True(s.F1 >= ProbeFloors.F1, $"probe F1 {s.F1:F3} < {ProbeFloors.F1} over {s.Articles} articles");
        Assert.True(s.FullyRight >= ProbeFloors.FullyRight, $"fully right {s.FullyRight:F3} < {ProbeFloors.FullyRight}");
        Assert.True(s.ScopeShare >= ProbeFloors.Scope, $"scope right {s.ScopeShare:F3} < {ProbeFloors.Scope}");
        Assert.True(s.QualifierShare >= ProbeFloors.Qualifier, $"qualifier right {s.QualifierShare:F3} < {ProbeFloors.Qualifier}");
    }

    [Fact]
    public void Score_CountsMissesExtrasAndWrongScopes()
    {
        // The scorer itself must be able to fail: an article we write here with one right, one missed and one wrong-scope
        // expectation, against what the analyzer finds in it.
        var probe = new Probe("en-test-1", "inline", 1,
            "A drone strike on Kharkiv killed three people and injured 12 others on Tuesday night, the governor said.\n",
            [new("killed", 3, "exact", "event"), new("injured", 12, null, "cumulative"), new("missiles_launched", 5, null, null)]);
        var s = ScoreAll([probe]);
        Assert.Equal((1, 2, 0, 1, 0), (s.Articles, s.Tp, s.Fp, s.Fn, s.Right));
        Assert.Equal((1, 2), (s.ScopeRight, s.ScopeChecked));
    }

    /// <summary>
    /// Measured 2026-12-07 (thirty-first session's end, 480 articles in fourteen files): F1 0.991, fully right 0.958,
    /// qualifier 1.000, scope 0.998 (the start of the session scored the same files 0.954, 0.771, 0.998, 0.944).
    /// Thirty-second session (913 articles in 28 files; the 433 new ones were written before the fixes, 85 of them in
    /// "-b" files after them, untuned): the session's start scored 0.977, 0.892, 1.000, 0.983 on all of them, its second
    /// train 0.993, 0.957, 1.000, 0.992. New files hold the cases still open, so the corpus's scope share fell while
    /// every article either improved or stayed (probes.py compare: 63 better, 0 worse). After the late helpers' files
    /// (928 articles in 30 files): 0.992, 0.953, 1.000, 0.992 (69 better than the start, 1 same merit, 0 worse).
    /// Thirty-third session (1,348 articles in 42 files; the 420 new ones written before the fixes, 88 of them in "-b"
    /// files after them): the session's start scored 0.980, 0.909, 1.000, 0.986 on all of them, its end 0.993, 0.963,
    /// 1.000, 0.994 (probes.py compare: every changed article better, none worse).
    /// </summary>
    private static class ProbeFloors
    {
        public const double F1 = 0.992;
        public const double FullyRight = 0.960;
        public const double Scope = 0.993;
        public const double Qualifier = 0.998;
    }
}
