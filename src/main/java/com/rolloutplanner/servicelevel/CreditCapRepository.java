package com.rolloutplanner.servicelevel;

import org.springframework.data.jpa.repository.JpaRepository;

interface CreditCapRepository extends JpaRepository<CreditCap, Long> {

}
