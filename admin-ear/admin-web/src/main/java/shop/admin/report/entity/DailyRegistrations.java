package shop.admin.report.entity;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How many shoppers signed up on one day (shop time, Asia/Shanghai). */
@Entity
@Table(name = "daily_registrations")
public class DailyRegistrations {

    @Id
    private LocalDate day;

    private int registrations;

    protected DailyRegistrations() {
    }

    public DailyRegistrations(LocalDate day) {
        this.day = day;
    }

    public void countOne() {
        registrations++;
    }

    public LocalDate day() {
        return day;
    }

    public int registrations() {
        return registrations;
    }
}
