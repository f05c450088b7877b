package se.rjl.patientfees.rules.validate;

import java.util.ArrayList;
import java.util.List;
import se.rjl.patientfees.rules.model.Basis;
import se.rjl.patientfees.rules.model.Event;
import se.rjl.patientfees.rules.model.Level;
import se.rjl.patientfees.rules.model.Profession;
import se.rjl.patientfees.rules.model.Referral;
import se.rjl.patientfees.rules.model.Selector;
import se.rjl.patientfees.rules.model.Service;
import se.rjl.patientfees.rules.model.Setting;
import se.rjl.patientfees.rules.model.Tariff;
import se.rjl.patientfees.rules.model.Urgency;

/**
 * A selector's situations as cells: one value of every dimension but age, packed in a long (4 bits
 * a dimension). Used to check age coverage per situation.
 */
final class SituationCells {
  private SituationCells() {}

  static List<Long> of(Selector s) {
    List<Long> out = new ArrayList<>();
    for (Service a : s.services())
      for (Event b : s.events())
        for (Profession c : s.professions())
          for (Level d : s.levels())
            for (Tariff e : s.tariffs())
              for (Basis f : s.bases())
                for (Setting g : s.settings())
                  for (Referral h : s.referrals())
                    for (Urgency i : s.urgencies())
                      for (Boolean j : s.interpreter()) {
                        long cell = a.ordinal();
                        cell = cell << 4 | b.ordinal();
                        cell = cell << 4 | c.ordinal();
                        cell = cell << 4 | d.ordinal();
                        cell = cell << 4 | e.ordinal();
                        cell = cell << 4 | f.ordinal();
                        cell = cell << 4 | g.ordinal();
                        cell = cell << 4 | h.ordinal();
                        cell = cell << 4 | i.ordinal();
                        cell = cell << 4 | (j ? 1 : 0);
                        out.add(cell);
                      }
    return out;
  }

  /** "service=visit event=attended profession=doctor ..." for messages. */
  static String describe(long cell) {
    int j = (int) (cell & 15);
    cell >>= 4;
    Urgency i = Urgency.values()[(int) (cell & 15)];
    cell >>= 4;
    Referral h = Referral.values()[(int) (cell & 15)];
    cell >>= 4;
    Setting g = Setting.values()[(int) (cell & 15)];
    cell >>= 4;
    Basis f = Basis.values()[(int) (cell & 15)];
    cell >>= 4;
    Tariff e = Tariff.values()[(int) (cell & 15)];
    cell >>= 4;
    Level d = Level.values()[(int) (cell & 15)];
    cell >>= 4;
    Profession c = Profession.values()[(int) (cell & 15)];
    cell >>= 4;
    Event b = Event.values()[(int) (cell & 15)];
    cell >>= 4;
    Service a = Service.values()[(int) (cell & 15)];
    return "service=" + k(a) + " event=" + k(b) + " profession=" + k(c) + " careLevel=" + k(d) + " tariff=" + k(e)
        + " basis=" + k(f) + " setting=" + k(g) + " referral=" + k(h) + " urgency=" + k(i) + " interpreter=" + (j == 1);
  }

  private static String k(Enum<?> e) {
    return se.rjl.patientfees.rules.yaml.YamlValue.kebab(e);
  }
}
