package com.rolloutplanner.notification;

import java.util.Set;

import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The text parts of mails are Thymeleaf templates too, in text mode: {@code mail/*.txt}
 * beside the HTML ones.
 */
@Configuration(proxyBeanMethods = false)
class MailTemplates {

	@Bean
	ClassLoaderTemplateResolver mailTextTemplateResolver() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setResolvablePatterns(Set.of("mail/*.txt"));
		resolver.setOrder(0);
		resolver.setCheckExistence(true);
		resolver.setCacheable(true);
		return resolver;
	}

}
