package io.floorview.feed.sim;

import java.util.Set;
import java.util.SplittableRandom;

/** Plausible names for simulated agents, from a mix of origins as on a real floor. */
final class Names {

    private static final String[] FIRST = {
        "Emma", "Liam", "Olivia", "Noah", "Sophie", "Lucas", "Mia", "Elias", "Hannah", "Jonas", "Lea", "Finn",
        "Sara", "Mateo", "Chloé", "Hugo", "Amira", "Omar", "Fatima", "Youssef", "Aisha", "Kwame", "Ngozi",
        "Tomasz", "Katarzyna", "Piotr", "Agnieszka", "Giulia", "Marco", "Francesca", "Luca", "Inés", "Diego",
        "Lucía", "Pablo", "Ana", "João", "Beatriz", "Priya", "Arjun", "Ananya", "Rohan", "Mei", "Wei", "Yuki",
        "Haruto", "Min-jun", "Seo-yeon", "Nguyen", "Linh", "Siobhan", "Declan", "Freya", "Oscar", "Ingrid",
        "Lars", "Aino", "Mikko", "Zeynep", "Emre", "Daniel", "Grace", "Samuel", "Rachel", "David", "Nadia",
        "Ivan", "Elena", "Malik", "Leila",
    };
    private static final String[] LAST = {
        "Peeters", "Janssens", "Maes", "Dubois", "Lambert", "Martin", "Bernard", "Moreau", "Laurent", "Müller",
        "Schmidt", "Weber", "Fischer", "Becker", "Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans",
        "O'Brien", "Murphy", "Kelly", "Rossi", "Russo", "Ferrari", "Bianchi", "García", "Fernández", "López",
        "Martínez", "Silva", "Santos", "Costa", "Kowalski", "Nowak", "Wiśniewska", "Novák", "Horváth",
        "Nielsen", "Hansen", "Johansson", "Virtanen", "Yılmaz", "Kaya", "El Amrani", "Benali", "Haddad",
        "Mensah", "Okafor", "Adeyemi", "Patel", "Sharma", "Singh", "Chen", "Wang", "Li", "Tanaka", "Sato",
        "Kim", "Park", "Tran", "Pham", "Cohen", "Levi", "Ivanova", "Petrov", "Popescu", "Georgiou", "Van Dijk",
    };

    private Names() {
    }

    /** A first and last name not in {@code used} (which it joins); after many tries, an initial tells apart. */
    static String unique(SplittableRandom r, Set<String> used) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String name = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
            if (used.add(name)) {
                return name;
            }
        }
        for (int i = 0; ; i++) {
            String name = FIRST[r.nextInt(FIRST.length)] + " " + (char) ('A' + i % 26) + ". "
                    + LAST[r.nextInt(LAST.length)];
            if (used.add(name)) {
                return name;
            }
        }
    }
}
